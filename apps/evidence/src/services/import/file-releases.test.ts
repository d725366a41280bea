import { UnitClass } from '../../rules/figure-bounds';
import { FileReleases } from './file-releases';
import { ObservationRow } from './observation-row';

const scope = {
  indicators: new Map([
    ['NI1', { ownerArea: null, unit: UnitClass.UNKNOWN }],
    ['NI8', { ownerArea: null, unit: UnitClass.UNKNOWN }],
  ]),
  areas: new Set(['00CC', '00CG']),
};

let line = 1;
const row = (figure: Partial<ObservationRow>): ObservationRow => ({
  line: ++line,
  indicatorCode: 'NI1',
  areaCode: '00CC',
  period: '2007/08',
  value: 1,
  numerator: null,
  denominator: null,
  confidenceLower: null,
  confidenceUpper: null,
  source: 'ONS',
  publishedOn: '2008-06-30',
  provisional: false,
  synthetic: true,
  ...figure,
});

describe("a file's releases of each figure", () => {
  it('refuse a second row of the same figure and release, naming the first line', () => {
    const releases = new FileReleases(scope);
    const first = row({});
    expect(releases.add(first)).toBeNull();
    expect(releases.add(row({ value: 2 }))).toEqual({
      line: line,
      reason: 'DUPLICATE',
      message: `the same figure and release as line ${first.line}`,
    });
    expect(releases.repeats).toBe(0);
  });

  it('count a later release of a figure, and refuse it when it comes twice', () => {
    const releases = new FileReleases(scope);
    releases.add(row({}));
    const later = row({ publishedOn: '2009-01-31' });
    expect(releases.add(later)).toBeNull();
    expect(releases.repeats).toBe(1);
    expect(releases.add(row({ publishedOn: '2009-01-31' }))).toMatchObject({
      reason: 'DUPLICATE',
      message: `the same figure and release as line ${later.line}`,
    });
    expect(releases.repeats).toBe(1);
  });

  it('tell figures apart by indicator, area, period (calendar or split year) and source', () => {
    const releases = new FileReleases(scope);
    const figures = [
      {},
      { indicatorCode: 'NI8' },
      { areaCode: '00CG' },
      { period: '2007' },
      { period: '2008/09' },
      { source: 'DCSF' },
      { source: 'ONS ' },
    ];
    expect(figures.map((figure) => releases.add(row(figure)))).toEqual(figures.map(() => null));
    expect(releases.repeats).toBe(0);
  });
});
