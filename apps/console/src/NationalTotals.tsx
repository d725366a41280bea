import { useState } from 'react';
import { CsvButton } from './CsvButton';
import { departments, negotiationStages, themes } from './labels';
import {
  departmentTotals,
  filterIndicators,
  indicatorTotals,
  RegionChoices,
  statutoryByRegion,
  themeTotals,
  TotalRow,
} from './national-totals';

const INFERRED = ' (inferred)';
/** A value the reference data does not source keeps its mark, on screen and in the CSV. */
const markOf = (status: string) => (status === 'SOURCED' ? '' : ` (${status.toLowerCase()})`);
const areaList = (row: TotalRow) => row.areas.map((a) => `${a.name ?? a.code} (${a.region})`).join('; ');

/** Targets across the answering regions by theme, department and indicator chosen, and statutory completeness by region. */
export function NationalTotals({ regions }: { regions: RegionChoices[] }) {
  if (regions.length === 0) return null;
  return (
    <section className="totals" aria-labelledby="totals-heading">
      <h2 id="totals-heading" className="govuk-heading-l">
        Totals across the regions
      </h2>
      <ByTheme regions={regions} />
      <ByDepartment regions={regions} />
      <ByIndicator regions={regions} />
      <StatutoryByRegion regions={regions} />
    </section>
  );
}

function CountsTable({
  caption,
  label,
  rows,
  name,
  testId,
}: {
  caption: string;
  label: string;
  rows: { key: string; words: string; row: TotalRow }[];
  name: string;
  testId: string;
}) {
  const header = [label, 'Targets', 'Designated', 'Statutory', 'Local', 'Areas'];
  const cells = rows.map(({ words, row }) => [
    words,
    row.targets,
    row.designated,
    row.statutory,
    row.local,
    row.areas.length,
  ]);
  return (
    <div className="table-box">
      <table className="govuk-table" data-testid={testId}>
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {header.map((h) => (
              <th key={h} scope="col" className="govuk-table__header">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {cells.map((c, i) => (
            <tr key={rows[i].key} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {c[0]}
              </th>
              {c.slice(1).map((v, j) => (
                <td key={j} className="govuk-table__cell govuk-table__cell--numeric">
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton table={caption.toLowerCase()} filename={name} header={header} rows={cells} />
    </div>
  );
}

function ByTheme({ regions }: { regions: RegionChoices[] }) {
  const rows = themeTotals(regions).map((row) => ({
    key: row.key,
    words: themes.label(row.key) + (row.inferred ? INFERRED : ''),
    row,
  }));
  return (
    <CountsTable
      caption="Targets by theme"
      label="Theme"
      rows={rows}
      name="targets-by-theme.csv"
      testId="totals-theme"
    />
  );
}

function ByDepartment({ regions }: { regions: RegionChoices[] }) {
  const rows = departmentTotals(regions).map((row) => ({
    key: row.key,
    words: departments.label(row.key) + (row.inferred ? INFERRED : ''),
    row,
  }));
  return (
    <CountsTable
      caption="Targets by department"
      label="Department"
      rows={rows}
      name="targets-by-department.csv"
      testId="totals-department"
    />
  );
}

/** Which areas chose which indicator ("how many of the 150 chose NI 8"), filtered by theme and department. */
function ByIndicator({ regions }: { regions: RegionChoices[] }) {
  const [filter, setFilter] = useState<{ theme: string; department: string }>({ theme: '', department: '' });
  const all = indicatorTotals(regions);
  const shown = filterIndicators(all, filter);
  const header = [
    'Indicator',
    'Title',
    'Theme',
    'Department',
    'Areas choosing it',
    'Designated',
    'Statutory',
    'Local',
    'Areas',
  ];
  const cells = shown.map((r) => [
    r.key,
    r.title ?? '',
    themes.label(r.theme),
    departments.label(r.department) + markOf(r.departmentStatus),
    r.areas.length,
    r.designated,
    r.statutory,
    r.local,
    areaList(r),
  ]);
  const present = (pick: (r: (typeof all)[number]) => string) => [...new Set(all.map(pick))].sort();
  return (
    <div className="table-box">
      <h3 className="govuk-heading-m">Indicators chosen</h3>
      <div className="filters govuk-form-group">
        <label className="govuk-label" htmlFor="filter-theme">
          Theme
        </label>
        <select
          id="filter-theme"
          className="govuk-select"
          value={filter.theme}
          onChange={(e) => setFilter({ ...filter, theme: e.target.value })}
        >
          <option value="">All themes</option>
          {present((r) => r.theme).map((t) => (
            <option key={t} value={t}>
              {themes.label(t)}
            </option>
          ))}
        </select>
        <label className="govuk-label" htmlFor="filter-department">
          Department
        </label>
        <select
          id="filter-department"
          className="govuk-select"
          value={filter.department}
          onChange={(e) => setFilter({ ...filter, department: e.target.value })}
        >
          <option value="">All departments</option>
          {present((r) => r.department).map((d) => (
            <option key={d} value={d}>
              {departments.label(d)}
            </option>
          ))}
        </select>
        <p className="govuk-body" aria-live="polite" data-testid="indicator-count">
          {shown.length} of {all.length} indicators shown
        </p>
      </div>
      <table className="govuk-table" data-testid="totals-indicator">
        <caption className="govuk-visually-hidden">Indicators chosen, with the areas that chose each</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {header.map((h) => (
              <th key={h} scope="col" className="govuk-table__header">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {cells.map((c, i) => (
            <tr key={shown[i].key} className="govuk-table__row" data-testid={`indicator-${shown[i].key}`}>
              <th scope="row" className="govuk-table__header">
                {c[0]}
              </th>
              {c.slice(1, 8).map((v, j) => (
                <td key={j} className="govuk-table__cell">
                  {v}
                </td>
              ))}
              <td className="govuk-table__cell">
                <details>
                  <summary>{shown[i].areas.length} areas</summary>
                  {c[8]}
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton table="indicators chosen" filename="indicators-chosen.csv" header={header} rows={cells} />
    </div>
  );
}

function StatutoryByRegion({ regions }: { regions: RegionChoices[] }) {
  const rows = statutoryByRegion(regions);
  const set = regions[0].choices.statutory;
  const header = ['Region', 'Agreements', 'Hold the statutory set', 'Lack part of it', 'What they lack'];
  const lacking = (r: (typeof rows)[number]) =>
    r.incomplete
      .map((g) => `${g.area.name ?? g.area.code} (${negotiationStages.label(g.stage)}): ${g.missing.join(', ')}`)
      .join('; ');
  const cells = rows.map((r) => [r.regionName, r.agreements, r.complete, r.incomplete.length, lacking(r)]);
  return (
    <div className="table-box">
      <table className="govuk-table" data-testid="totals-statutory">
        <caption className="govuk-table__caption govuk-table__caption--m">Statutory completeness by region</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {header.slice(0, 4).map((h) => (
              <th key={h} scope="col" className="govuk-table__header">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {cells.map((c, i) => (
            <tr key={rows[i].regionCode} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {c[0]}
              </th>
              {c.slice(1, 4).map((v, j) => (
                <td key={j} className="govuk-table__cell govuk-table__cell--numeric">
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body-s">
        The statutory set ({set.setInForce.join(', ')}) is the reference data's
        {set.setStatus !== 'SOURCED' ? ', inferred, not sourced' : ''}; an agreement holds it when each has a statutory
        target with its three levels.
      </p>
      <CsvButton table="statutory completeness" filename="statutory-completeness.csv" header={header} rows={cells} />
    </div>
  );
}
