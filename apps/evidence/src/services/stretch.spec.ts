import { IntendedDirection, Polarity } from '@laa/domain';
import {
  benchmarkPeriodOf,
  judgedPolarity,
  StretchFacts,
  StretchJudgement,
  stretchOf,
  topQuartileThreshold,
} from './stretch';

const PERIODS = ['2004/05', '2005/06', '2006/07', '2007/08'];

/** An area's four periods plus seven other areas' 2007/08 figures (eight areas: the top quartile is the best two). */
function facts(own: number[], over: Partial<StretchFacts> & { baselinePeriod?: string } = {}): StretchFacts {
  const series = own.map((value, i) => ({ period: PERIODS[i], startYear: 2004 + i, value }));
  const others = [10, 20, 30, 40, 50, 60, 70].map((value, i) => ({
    areaCode: `O${i}`,
    region: i < 3 ? 'R1' : 'R2',
    value,
  }));
  const benchmarkPeriod = benchmarkPeriodOf(series, over.baselinePeriod ?? '2007/08');
  const ownAt = series
    .filter((f) => f.period === benchmarkPeriod)
    .map((f) => ({ areaCode: 'A', region: 'R1', value: f.value }));
  return {
    areaCode: 'A',
    kind: 'DESIGNATED',
    levels: [null, null, null],
    localReason: null,
    polarity: Polarity.HIGHER_IS_BETTER,
    directionStated: false,
    series,
    benchmarkPeriod,
    // The other areas' figures are of 2007/08 only.
    england: [...ownAt, ...(benchmarkPeriod === '2007/08' ? others : [])],
    neighbours: ['O5', 'O6'],
    ...over,
  };
}

describe("stretch against the area's own trend", () => {
  // 40, 42, 44, 46 lie on a line rising 2 a year: projected 48, 50, 52 over 2008/09-2010/11.
  const rising = [40, 42, 44, 46];

  it('flags levels that ask for less than the trend gives as below trend', () => {
    const stretch = stretchOf(facts(rising, { levels: [47, 48, 49] }));
    expect(stretch.years.map((y) => y.projected)).toEqual([48, 50, 52]);
    expect(stretch.years.map((y) => y.beyondTrend)).toEqual([-1, -2, -3]);
    expect(stretch.judgement).toBe(StretchJudgement.BELOW_TREND);
    expect(stretch.belowTrend).toBe(true);
    expect(stretch.summary).toContain('Below trend (higher is better)');
  });

  it('calls levels beyond the projection stretching, and turns the sign for lower-is-better indicators', () => {
    expect(stretchOf(facts(rising, { levels: [48, 51, 55] })).judgement).toBe(StretchJudgement.BEYOND_TREND);
    expect(stretchOf(facts(rising, { levels: [48, 50, 52] })).judgement).toBe(StretchJudgement.IN_LINE_WITH_TREND);
    // Lower is better and the series rises (slipping): holding 46 is 2, 4 and 6 better than the trend.
    const slipping = stretchOf(facts(rising, { polarity: Polarity.LOWER_IS_BETTER, levels: [46, 46, 45] }));
    expect(slipping.trend.direction).toBe('SLIPPING');
    expect(slipping.years.map((y) => y.beyondTrend)).toEqual([2, 4, 7]);
    expect(slipping.judgement).toBe(StretchJudgement.BEYOND_TREND);
  });

  it('does not judge without a polarity, a trend or levels', () => {
    expect(stretchOf(facts(rising, { polarity: null, levels: [1, 2, 3] })).judgement).toBe(
      StretchJudgement.POLARITY_UNKNOWN,
    );
    expect(stretchOf(facts([46], { levels: [47, 48, 49] })).judgement).toBe(StretchJudgement.NO_TREND);
    expect(stretchOf(facts(rising)).judgement).toBe(StretchJudgement.LEVELS_NOT_SET);
    expect(stretchOf(facts(rising, { polarity: null, levels: [1, 2, 3] })).belowTrend).toBe(false);
  });

  it('judges on the direction stated with the target where the indicator has no polarity, and says so', () => {
    expect(judgedPolarity(null, IntendedDirection.DOWN)).toEqual({
      polarity: Polarity.LOWER_IS_BETTER,
      directionStated: true,
    });
    expect(judgedPolarity(Polarity.HIGHER_IS_BETTER, IntendedDirection.DOWN)).toEqual({
      polarity: Polarity.HIGHER_IS_BETTER,
      directionStated: false,
    });
    expect(judgedPolarity(null, null)).toEqual({ polarity: null, directionStated: false });
    const stated = stretchOf(facts(rising, { ...judgedPolarity(null, IntendedDirection.UP), levels: [47, 48, 49] }));
    expect(stated).toMatchObject({ judgement: StretchJudgement.BELOW_TREND, directionStated: true });
    expect(stated.summary).toContain('Below trend (higher is better, as stated with the target)');
  });
});

describe('stretch against England, its top quartile and similar areas', () => {
  it("sets the last level against the benchmark period's figures", () => {
    // 2007/08: the area 46 and 10..70. Eight areas, so the top quartile is the best two: 70 and 60.
    const { comparison, benchmark } = stretchOf(facts([40, 42, 44, 46], { levels: [47, 50, 61] }));
    expect(benchmark?.englandAverage).toBeCloseTo((46 + 10 + 20 + 30 + 40 + 50 + 60 + 70) / 8, 3);
    expect(comparison).toMatchObject({
      period: '2007/08',
      level: 61,
      topQuartileThreshold: 60,
      similarAreasAverage: 65,
      beatsEnglandAverage: true,
      beatsSimilarAreas: false,
      reachesTopQuartile: true,
    });
  });

  it('finds the worst figure still in the top quartile, in the better direction', () => {
    expect(topQuartileThreshold([5, 1, 4, 2, 3, 8, 7, 6], 1)).toBe(7);
    expect(topQuartileThreshold([5, 1, 4, 2, 3, 8, 7, 6], -1)).toBe(2);
    expect(topQuartileThreshold([5, 1, 4], 1)).toBeNull();
    expect(topQuartileThreshold([5, 1, 4, 2], null)).toBeNull();
  });
});

describe('a policy area that already performs strongly', () => {
  // 66, 68, 70, 72: rising (not slipping) and second of eight in 2007/08: top quartile.
  const strong = [66, 68, 70, 72];

  it('flags a designated target there without a local reason', () => {
    const stretch = stretchOf(facts(strong, { levels: [74, 76, 78] }));
    expect(stretch.benchmark?.quartile).toBe(1);
    expect(stretch.strongPerformer).toBe(true);
    expect(stretch.strongPerformerWithoutLocalReason).toBe(true);
    expect(stretch.summary).toContain('needs a local reason');
  });

  it('does not flag it with a local reason, for statutory or local targets, or when slipping', () => {
    expect(
      stretchOf(facts(strong, { localReason: 'The LSP wants to lead the region' })).strongPerformerWithoutLocalReason,
    ).toBe(false);
    expect(stretchOf(facts(strong, { kind: 'STATUTORY_DCSF' })).strongPerformerWithoutLocalReason).toBe(false);
    expect(stretchOf(facts(strong, { kind: 'LOCAL' })).strongPerformerWithoutLocalReason).toBe(false);
    const slipping = stretchOf(facts([78, 76, 74, 72]));
    expect(slipping.trend.direction).toBe('SLIPPING');
    expect(slipping.strongPerformer).toBe(false);
  });

  it("judges on the target's baseline period where the evidence has it, else the latest", () => {
    const series = strong.map((value, i) => ({ period: PERIODS[i], startYear: 2004 + i, value }));
    expect(benchmarkPeriodOf(series, '2006/07')).toBe('2006/07');
    expect(benchmarkPeriodOf(series, '1999/00')).toBe('2007/08');
    expect(benchmarkPeriodOf(series, null)).toBe('2007/08');
    expect(benchmarkPeriodOf([], '2007/08')).toBeNull();
    expect(stretchOf(facts(strong, { baselinePeriod: '2006/07' })).benchmark?.areasRanked).toBe(1);
  });
});
