import { useState } from 'react';
import { CsvButton } from './CsvButton';
import { TotalsTable } from './TotalsTable';
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
      {GROUPINGS.map((grouping) => (
        <ByGrouping key={grouping.testId} grouping={grouping} regions={regions} />
      ))}
      <ByIndicator regions={regions} />
      <StatutoryByRegion regions={regions} />
    </section>
  );
}

/** A grouping of the targets: by theme or by department, each row a total with its areas. */
interface Grouping {
  caption: string;
  label: string;
  totals: (regions: RegionChoices[]) => TotalRow[];
  words: (code: string) => string;
  name: string;
  testId: string;
}

const GROUPINGS: Grouping[] = [
  {
    caption: 'Targets by theme',
    label: 'Theme',
    totals: themeTotals,
    words: themes.label,
    name: 'targets-by-theme.csv',
    testId: 'totals-theme',
  },
  {
    caption: 'Targets by department',
    label: 'Department',
    totals: departmentTotals,
    words: departments.label,
    name: 'targets-by-department.csv',
    testId: 'totals-department',
  },
];

function ByGrouping({ grouping, regions }: { grouping: Grouping; regions: RegionChoices[] }) {
  const totals = grouping.totals(regions);
  const header = [grouping.label, 'Targets', 'Designated', 'Statutory', 'Local', 'Areas'];
  const cells = totals.map((row) => [
    grouping.words(row.key) + (row.inferred ? INFERRED : ''),
    row.targets,
    row.designated,
    row.statutory,
    row.local,
    row.areas.length,
  ]);
  return (
    <div className="table-box">
      <TotalsTable
        caption={grouping.caption}
        columns={header}
        rows={cells.map((c, i) => ({ key: totals[i].key, cells: c }))}
        numeric
        testId={grouping.testId}
      />
      <CsvButton table={grouping.caption.toLowerCase()} filename={grouping.name} header={header} rows={cells} />
    </div>
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
      <TotalsTable
        caption="Indicators chosen, with the areas that chose each"
        captionHidden
        columns={header}
        rows={cells.map((c, i) => ({
          key: shown[i].key,
          cells: c.slice(0, 8),
          testId: `indicator-${shown[i].key}`,
          last: (
            <details>
              <summary>{shown[i].areas.length} areas</summary>
              {c[8]}
            </details>
          ),
        }))}
        numeric={false}
        testId="totals-indicator"
      />
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
      <TotalsTable
        caption="Statutory completeness by region"
        columns={header.slice(0, 4)}
        rows={cells.map((c, i) => ({ key: rows[i].regionCode, cells: c.slice(0, 4) }))}
        numeric
        testId="totals-statutory"
      />
      <p className="govuk-body-s">
        The statutory set ({set.setInForce.join(', ')}) is the reference data's
        {set.setStatus !== 'SOURCED' ? ', inferred, not sourced' : ''}; an agreement holds it when each has a statutory
        target with its three levels.
      </p>
      <CsvButton table="statutory completeness" filename="statutory-completeness.csv" header={header} rows={cells} />
    </div>
  );
}
