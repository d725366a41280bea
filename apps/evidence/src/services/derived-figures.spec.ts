import { Polarity } from '@laa/domain';
import { benchmarkOf } from './benchmark';
import { LatestFigure, MIN_SHARED_INDICATORS, similarAreas } from './similar-areas';
import { DirectionOfTravel, trendOf } from './trend';

/** Figures of four areas on enough indicators to compare them, the fourth far from the rest. */
function figures(extra: LatestFigure[] = []): LatestFigure[] {
  const areas = ['00AA', '00BB', '00CC', '00DD'];
  const rows = Array.from({ length: MIN_SHARED_INDICATORS + 1 }, (_, i) =>
    areas.map((areaCode, a) => ({ indicatorCode: `NI${i + 1}`, areaCode, value: 10 + a * (a === 3 ? 20 : 1) + i })),
  ).flat();
  return [...rows, ...extra];
}

describe('derived figures with extreme, missing and constant values', () => {
  it('similar areas leave out a figure of 1e308 (or Infinity, NaN) and come out as without it', () => {
    const clean = similarAreas(figures());
    for (const poison of [1e308, -1e308, Infinity, NaN]) {
      const poisoned = similarAreas(
        figures([
          { indicatorCode: 'NI1', areaCode: '00EE', value: poison },
          { indicatorCode: 'NI2', areaCode: '00EE', value: poison },
        ]),
      );
      expect(poisoned).toEqual(clean);
    }
    expect(clean.every((n) => Number.isFinite(n.distance))).toBe(true);
  });

  it('similar areas skip an indicator whose figures are all the same, and an area with too few figures', () => {
    const constant = Array.from({ length: 4 }, (_, a) => ({
      indicatorCode: 'NI99',
      areaCode: ['00AA', '00BB', '00CC', '00DD'][a],
      value: 7,
    }));
    expect(similarAreas(figures(constant))).toEqual(similarAreas(figures()));
    expect(similarAreas([{ indicatorCode: 'NI1', areaCode: '00AA', value: 1 }])).toEqual([]);
  });

  it('a trend leaves out figures beyond the bound and never projects Infinity or NaN', () => {
    const series = [
      { startYear: 2004, value: 10 },
      { startYear: 2005, value: 11 },
      { startYear: 2006, value: 1e308 },
      { startYear: 2007, value: 13 },
    ];
    const trend = trendOf(series, Polarity.HIGHER_IS_BETTER);
    expect(trend.pointsUsed).toBe(3);
    expect(trend.direction).toBe(DirectionOfTravel.IMPROVING);
    expect(trend.projection.every((p) => Number.isFinite(p.value))).toBe(true);
    expect(
      trendOf(
        [
          { startYear: 2004, value: NaN },
          { startYear: 2005, value: Infinity },
        ],
        null,
      ).direction,
    ).toBe(DirectionOfTravel.NOT_ENOUGH_DATA);
  });

  it('a benchmark leaves out figures beyond the bound', () => {
    const england = [
      { areaCode: '00AA', region: 'E1', value: 10 },
      { areaCode: '00BB', region: 'E1', value: 20 },
      { areaCode: '00CC', region: 'E2', value: 1e308 },
      { areaCode: '00DD', region: 'E2', value: 30 },
    ];
    const benchmark = benchmarkOf('00AA', england, ['00CC', '00DD'], Polarity.LOWER_IS_BETTER);
    expect(benchmark).toMatchObject({
      englandAverage: 20,
      similarAreasAverage: 30,
      areasRanked: 3,
      rank: 1,
      quartile: 1,
    });
    expect(benchmarkOf('00CC', england, [], Polarity.LOWER_IS_BETTER)).toMatchObject({ value: null, rank: null });
  });
});
