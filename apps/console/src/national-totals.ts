/** What one regional gateway answered to indicatorChoices (the national view's query). */
export interface AreaRef {
  code: string;
  name?: string | null;
}

interface Counts {
  targets: number;
  designated: number;
  statutory: number;
  local: number;
  areas: AreaRef[];
}

export interface IndicatorChoiceData extends Counts {
  indicatorCode: string;
  title: string | null;
  theme: string;
  themeStatus: string;
  department: string;
  departmentStatus: string;
}

export interface ChoicesData {
  scope: 'SIGNED' | 'ALL';
  agreements: number;
  indicators: IndicatorChoiceData[];
  themes: (Counts & { theme: string; themeStatus: string })[];
  departments: (Counts & { department: string; inferred: boolean })[];
  statutory: {
    setInForce: string[];
    setStatus: string;
    agreements: number;
    complete: number;
    incomplete: { area: AreaRef; stage: string; missing: string[] }[];
  };
}

/** One answering region's summary, with the region it came from. */
export interface RegionChoices {
  regionCode: string;
  regionName: string;
  choices: ChoicesData;
}

/** A row of a national total: the four counts summed over the regions, and the areas with the region of each. */
export interface TotalRow {
  key: string;
  targets: number;
  designated: number;
  statutory: number;
  local: number;
  areas: (AreaRef & { region: string })[];
  /** True when any region marked the key (a theme, a department) as the platform's inference. */
  inferred: boolean;
}

export interface IndicatorTotalRow extends TotalRow {
  title: string | null;
  theme: string;
  department: string;
  /** How far the department is sourced (SOURCED, INFERRED, UNVERIFIED), as the reference data marks it. */
  departmentStatus: string;
}

const emptyRow = (key: string): TotalRow => ({
  key,
  targets: 0,
  designated: 0,
  statutory: 0,
  local: 0,
  areas: [],
  inferred: false,
});

function add(row: TotalRow, counts: Counts, region: string, inferred: boolean): void {
  row.targets += counts.targets;
  row.designated += counts.designated;
  row.statutory += counts.statutory;
  row.local += counts.local;
  row.areas.push(...counts.areas.map((a) => ({ ...a, region })));
  row.inferred ||= inferred;
}

function sumBy<C extends Counts, R extends TotalRow>(
  regions: RegionChoices[],
  pick: (c: ChoicesData) => C[],
  keyOf: (c: C) => string,
  inferredOf: (c: C) => boolean,
  make: (c: C) => R,
): R[] {
  const rows = new Map<string, R>();
  for (const { regionName, choices } of regions) {
    for (const counts of pick(choices)) {
      const key = keyOf(counts);
      const row = rows.get(key) ?? make(counts);
      rows.set(key, row);
      add(row, counts, regionName, inferredOf(counts));
    }
  }
  return [...rows.values()];
}

const niNumber = (code: string) => Number(code.replace(/^NI/, '')) || Number.MAX_SAFE_INTEGER;

/** Indicators chosen in any answering region, in NI order, with every area that chose each. */
export const indicatorTotals = (regions: RegionChoices[]): IndicatorTotalRow[] =>
  sumBy(
    regions,
    (c) => c.indicators,
    (i) => i.indicatorCode,
    (i) => i.departmentStatus !== 'SOURCED',
    (i) => ({
      ...emptyRow(i.indicatorCode),
      title: i.title,
      theme: i.theme,
      department: i.department,
      departmentStatus: i.departmentStatus,
    }),
  ).sort((a, b) => niNumber(a.key) - niNumber(b.key));

/** Targets by LAA theme across the answering regions (every theme is the platform's mapping, so inferred). */
export const themeTotals = (regions: RegionChoices[]): TotalRow[] =>
  sumBy(
    regions,
    (c) => c.themes,
    (t) => t.theme,
    (t) => t.themeStatus !== 'SOURCED',
    (t) => emptyRow(t.theme),
  );

/** Targets by department across the answering regions, most targets first. */
export const departmentTotals = (regions: RegionChoices[]): TotalRow[] =>
  sumBy(
    regions,
    (c) => c.departments,
    (d) => d.department,
    (d) => d.inferred,
    (d) => emptyRow(d.department),
  ).sort((a, b) => b.targets - a.targets || a.key.localeCompare(b.key));

/** One row per answering region: how many of its agreements hold the statutory set, and which lack what. */
export function statutoryByRegion(regions: RegionChoices[]) {
  return regions.map(({ regionCode, regionName, choices: { statutory } }) => ({
    regionCode,
    regionName,
    agreements: statutory.agreements,
    complete: statutory.complete,
    incomplete: statutory.incomplete,
  }));
}

/** The indicator rows a theme and department filter keep (an empty filter keeps all). */
export function filterIndicators(
  rows: IndicatorTotalRow[],
  filter: { theme?: string; department?: string },
): IndicatorTotalRow[] {
  return rows.filter(
    (r) => (!filter.theme || r.theme === filter.theme) && (!filter.department || r.department === filter.department),
  );
}

/** Names the areas of a region's summary from the region's own list of areas (one request less for its gateway). */
export function withAreaNames(choices: ChoicesData, areas: readonly { code: string; name: string }[]): ChoicesData {
  const names = new Map(areas.map((a) => [a.code, a.name]));
  const name = (a: AreaRef): AreaRef => ({ code: a.code, name: names.get(a.code) ?? a.name ?? null });
  return {
    ...choices,
    indicators: choices.indicators.map((i) => ({ ...i, areas: i.areas.map(name) })),
    statutory: {
      ...choices.statutory,
      incomplete: choices.statutory.incomplete.map((g) => ({ ...g, area: name(g.area) })),
    },
  };
}
