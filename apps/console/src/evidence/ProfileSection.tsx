import { ReactNode } from 'react';
import { href } from '../routes';
import { sortByIndicator } from '../indicator-order';
import { themes } from '../labels';
import { formatValue } from './format';
import { BaselineFlag, DirectionFlag, IndicatorName, Synthetic } from './Marks';
import { ProfileRow } from './queries';

/** Every live indicator of the theme in the area: its latest figure, baseline status and direction of travel. */
export function ProfileSection({ regionCode, areaCode, rows, selected, theme, onTheme, busy, children }: {
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
      <h2 id="profile-heading">Evidence profile</h2>
      <label className="theme-choice">
        Theme{' '}
        <select value={theme} onChange={(e) => onTheme(e.target.value)} data-testid="profile-theme">
          <option value="">Every theme</option>
          {themes.codes.map((code) => <option key={code} value={code}>{themes.label(code)}</option>)}
        </select>
      </label>
      <p aria-live="polite">{rows.length} indicators, {withFigures} with a figure of record, {rows.length - withFigures} placeholders.</p>
      <div className="profile-scroll">
        <table>
          <thead>
            <tr><th scope="col">Indicator</th><th scope="col">Latest</th><th scope="col">Baseline</th><th scope="col">Direction</th></tr>
          </thead>
          <tbody>
            {sortByIndicator(rows, (row) => row.indicator.code).map((row) => <ProfileLine key={row.indicator.code} row={row} link={href('evidence', regionCode, areaCode, row.indicator.code)} current={row.indicator.code === selected} />)}
          </tbody>
        </table>
      </div>
      {children}
    </section>
  );
}

function ProfileLine({ row, link, current }: { row: ProfileRow; link: string; current: boolean }) {
  const latest = row.series.at(-1);
  const unresolved = row.series.some((f) => f.unresolved);
  return (
    <tr data-testid={`profile-${row.indicator.code}`} className={current ? 'current' : undefined}>
      <th scope="row">
        <a href={link} aria-current={current ? 'true' : undefined}><IndicatorName indicator={row.indicator} /></a>
      </th>
      <td>
        {latest ? <>{formatValue(latest.value)} <small>{latest.period}</small></> : <small>no figure</small>}
        {' '}<Synthetic when={row.series.some((f) => f.synthetic)} />
        {unresolved && <span className="flag warning">rival data unresolved</span>}
      </td>
      <td><BaselineFlag status={row.baseline.status} short /></td>
      <td><DirectionFlag direction={row.trend.direction} short /></td>
    </tr>
  );
}
