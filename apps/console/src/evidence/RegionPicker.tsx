import { ConsoleConfig } from '../config';
import { href } from '../routes';
import { currentSession } from '../session';
import { Select } from '../govuk';

/** The region a region-wide page should open on: the one in the address, else the signed-in user's, else the first. */
export function regionOf(config: ConsoleConfig, regionCode: string): string {
  return regionCode || currentSession()?.region || config.regions[0]?.code || '';
}

/** Moves a region-wide page to another region. */
export function RegionPicker({
  config,
  page,
  regionCode,
}: {
  config: ConsoleConfig;
  page: string;
  regionCode: string;
}) {
  return (
    <Select
      label="Region"
      value={regionCode}
      onChange={(e) => {
        window.location.hash = href(page, e.target.value);
      }}
    >
      {config.regions.map((r) => (
        <option key={r.code} value={r.code}>
          {r.name}
        </option>
      ))}
    </Select>
  );
}
