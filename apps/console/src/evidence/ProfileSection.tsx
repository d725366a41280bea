import { ReactNode } from 'react';
import { href } from '../routes';
import { sortByIndicator } from '../indicator-order';
import { themes } from '../labels';
import { formatValue } from './format';
import { BaselineFlag, DirectionFlag, IndicatorName, Synthetic } from './Marks';
import { ProfileRow } from './queries';
import { Select, Table } from '../govuk';

/** Every live indicator of the theme in the area: its latest figure, baseline status and direction of travel. */
export function ProfileSection({
  regionCode,
  areaCode,
  rows,
  selected,
  theme,
  onTheme,
  busy,
  children,
}: {
  regionCode: string;
  areaCode: string;
  rows: ProfileRow[];
  selected: string;
  theme: string;
  onTheme: (theme: string) => void;
  busy: boolean;
  /** Shown below the profile: what the caller may add to it. */
  children?: ReactNode;
}) {
  const withFigures = rows.filter((r) => r.baseline.status !== 'PLACEHOLDER').length;
  return (
    <section className="profile" aria-labelledby="profile-heading" aria-busy={busy}>
      <h2 className="govuk-heading-m" id="profile-heading">
        Evidence profile
      </h2>
      <Select label="Theme" value={theme} onChange={(e) => onTheme(e.target.value)} data-testid="profile-theme">
        <option value="">Every theme</option>
        {themes.codes.map((code) => (
          <option key={code} value={code}>
            {themes.label(code)}
          </option>
        ))}
      </Select>
      <p className="govuk-body" aria-live="polite">
        {rows.length} indicators, {withFigures} with a figure of record, {rows.length - withFigures} placeholders.
      </p>
      <div className="profile-scroll">
        <Table>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">
                Indicator
              </th>
              <th className="govuk-table__header" scope="col">
                Latest
              </th>
              <th className="govuk-table__header" scope="col">
                Baseline
              </th>
              <th className="govuk-table__header" scope="col">
                Direction
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {sortByIndicator(rows, (row) => row.indicator.code).map((row) => (
              <ProfileLine
                key={row.indicator.code}
                row={row}
                link={href('evidence', regionCode, areaCode, row.indicator.code)}
                current={row.indicator.code === selected}
              />
            ))}
          </tbody>
        </Table>
      </div>
      {children}
    </section>
  );
}

function ProfileLine({ row, link, current }: { row: ProfileRow; link: string; current: boolean }) {
  const latest = row.series.at(-1);
  const unresolved = row.series.some((f) => f.unresolved);
  return (
    <tr data-testid={`profile-${row.indicator.code}`} className={`govuk-table__row${current ? ' current' : ''}`}>
      <th className="govuk-table__header" scope="row">
        <a className="govuk-link" href={link} aria-current={current ? 'true' : undefined}>
          <IndicatorName indicator={row.indicator} />
        </a>
      </th>
      <td className="govuk-table__cell">
        {latest ? (
          <>
            {formatValue(latest.value)} <small className="govuk-body-s">{latest.period}</small>
          </>
        ) : (
          <small className="govuk-body-s">no figure</small>
        )}{' '}
        <Synthetic when={row.series.some((f) => f.synthetic)} />
        {unresolved && <span className="govuk-tag govuk-tag--red flag warning">rival data unresolved</span>}
      </td>
      <td className="govuk-table__cell">
        <BaselineFlag status={row.baseline.status} short />
      </td>
      <td className="govuk-table__cell">
        <DirectionFlag direction={row.trend.direction} short />
      </td>
    </tr>
  );
}
