import { csvText } from './csv';
import {
  ChoicesData,
  departmentTotals,
  filterIndicators,
  indicatorTotals,
  RegionChoices,
  statutoryByRegion,
  themeTotals,
  withAreaNames,
} from './national-totals';
import { choiceScope } from './RegionSection';

const counts = (targets: number, areas: string[]) => ({
  targets,
  designated: targets,
  statutory: 0,
  local: 0,
  areas: areas.map((code) => ({ code, name: `Area ${code}` })),
});

function choices(
  indicators: [string, string, string, string[]][],
  statutory: { complete: number; incomplete: string[] },
): ChoicesData {
  return {
    scope: 'ALL',
    agreements: statutory.complete + statutory.incomplete.length,
    indicators: indicators.map(([code, theme, department, areas]) => ({
      indicatorCode: code,
      title: `Title ${code}`,
      theme,
      themeStatus: 'INFERRED',
      department,
      departmentStatus: department === 'DCSF' ? 'INFERRED' : 'SOURCED',
      ...counts(areas.length, areas),
    })),
    themes: [{ theme: 'CHILDREN_AND_YOUNG_PEOPLE', themeStatus: 'INFERRED', ...counts(2, ['A']) }],
    departments: [
      { department: 'DCMS', inferred: false, ...counts(1, ['A']) },
      { department: 'DCSF', inferred: true, ...counts(1, ['A']) },
    ],
    statutory: {
      setInForce: ['NI72'],
      setStatus: 'INFERRED',
      agreements: 2,
      complete: statutory.complete,
      incomplete: statutory.incomplete.map((code) => ({ area: { code }, stage: 'TARGETS', missing: ['NI72'] })),
    },
  };
}

const regions: RegionChoices[] = [
  {
    regionCode: 'E12000001',
    regionName: 'North East',
    choices: choices(
      [
        ['NI8', 'SAFER', 'DCMS', ['00CG', '00CC']],
        ['NI72', 'CHILDREN', 'DCSF', ['00CG']],
      ],
      { complete: 1, incomplete: ['00CC'] },
    ),
  },
  {
    regionCode: 'E12000003',
    regionName: 'Yorkshire',
    choices: choices(
      [
        ['NI8', 'SAFER', 'DCMS', ['00DA']],
        ['NI116', 'CHILDREN', 'DWP', ['00DA']],
      ],
      { complete: 2, incomplete: [] },
    ),
  },
];

describe('the national totals', () => {
  it('sums the regions by indicator, in NI order, naming each area with its region', () => {
    const rows = indicatorTotals(regions);
    expect(rows.map((r) => [r.key, r.targets, r.areas.length])).toEqual([
      ['NI8', 3, 3],
      ['NI72', 1, 1],
      ['NI116', 1, 1],
    ]);
    expect(rows[0].areas.map((a) => `${a.name} (${a.region})`)).toEqual([
      'Area 00CG (North East)',
      'Area 00CC (North East)',
      'Area 00DA (Yorkshire)',
    ]);
    expect(rows.find((r) => r.key === 'NI72')!.departmentStatus).toBe('INFERRED');
    expect(filterIndicators(rows, { department: 'DCMS' }).map((r) => r.key)).toEqual(['NI8']);
    expect(filterIndicators(rows, { theme: 'CHILDREN', department: '' }).map((r) => r.key)).toEqual(['NI72', 'NI116']);
  });

  it('sums themes and departments, keeping the inferred mark, and lists statutory completeness by region', () => {
    expect(themeTotals(regions).map((r) => [r.key, r.targets, r.inferred])).toEqual([
      ['CHILDREN_AND_YOUNG_PEOPLE', 4, true],
    ]);
    expect(departmentTotals(regions).map((r) => [r.key, r.targets, r.inferred])).toEqual([
      ['DCMS', 2, false],
      ['DCSF', 2, true],
    ]);
    expect(statutoryByRegion(regions).map((r) => [r.regionName, r.complete, r.incomplete.length])).toEqual([
      ['North East', 1, 1],
      ['Yorkshire', 2, 0],
    ]);
  });

  it("names the areas from the region's own list", () => {
    const named = withAreaNames(regions[0].choices, [
      { code: '00CG', name: 'Sheffield' },
      { code: '00CC', name: 'Barnsley' },
    ]);
    expect(named.indicators[0].areas).toEqual([
      { code: '00CG', name: 'Sheffield' },
      { code: '00CC', name: 'Barnsley' },
    ]);
    expect(named.statutory.incomplete[0].area).toEqual({ code: '00CC', name: 'Barnsley' });
    // An area missing from the list keeps what the summary gave.
    expect(withAreaNames(regions[0].choices, []).indicators[0].areas[0]).toEqual({ code: '00CG', name: 'Area 00CG' });
  });

  it('writes CSV through libs/csv: text quoted, numbers bare, formulas neutralised', () => {
    expect(
      csvText(
        ['Area', 'Targets'],
        [
          ['=HYPERLINK("x")', 3],
          ['Sheffield, City of', -5],
        ],
      ),
    ).toBe('"Area","Targets"\r\n"\'=HYPERLINK(""x"")",3\r\n"Sheffield, City of",-5\r\n');
  });

  it("asks for drafts only for those who may read the region's whole round", () => {
    expect(choiceScope([{ role: 'DEPARTMENT_ANALYST' }], 'E12000003')).toBe('ALL');
    expect(choiceScope([{ role: 'RELATIONSHIP_MANAGER', region: 'E12000003' }], 'E12000003')).toBe('ALL');
    expect(choiceScope([{ role: 'RELATIONSHIP_MANAGER', region: 'E12000003' }], 'E12000001')).toBe('SIGNED');
    expect(choiceScope([{ role: 'PARTNERSHIP_OFFICER', area: '00CG' }], 'E12000003')).toBe('SIGNED');
    expect(choiceScope([], 'E12000003')).toBe('SIGNED');
  });
});
