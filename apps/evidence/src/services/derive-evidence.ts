import { Polarity } from '@laa/domain';
import { usableFigure } from '../rules/figure-bounds';
import { BenchmarkFigures, benchmarkOf } from './benchmark';
import { DatedFigure } from './figures-of-record';
import { topQuartileThreshold } from './stretch';
import { Trend, trendOf } from './trend';

/** One of an area's similar areas, as stored in evidence.similar_area. */
export interface Neighbour {
  areaCode: string;
  rank: number;
  neighbourCode: string;
  distance: number;
}

export interface DerivedTrend extends Trend {
  indicatorCode: string;
  areaCode: string;
}

export interface DerivedBenchmark extends BenchmarkFigures {
  indicatorCode: string;
  areaCode: string;
  period: string;
  topQuartileThreshold: number | null;
  similarAreas: (Neighbour & { value: number | null })[];
}

/** What one indicator's derivation reads: every area's figures of record of it, and who compares with whom. */
export interface IndicatorFacts {
  indicatorCode: string;
  polarity: Polarity | null;
  figures: DatedFigure[];
  /** Area code to region code: the register of areas benchmarks are taken over. */
  regions: Map<string, string>;
  neighbours: Map<string, Neighbour[]>;
}

/** Figures with a value of record, oldest first: unresolved rival data is left out (as the read side's `usable`). */
export const withValue = (series: DatedFigure[]) =>
  series.filter((f) => f.value !== null).sort((a, b) => a.startYear - b.startYear);

/**
 * Every area's trend of one indicator, and its benchmark on every period it has a figure of record for (the latest
 * one the profile shows, any earlier one a target's baseline may fall on), with the same functions the reads used
 * on the fly (trendOf, benchmarkOf, topQuartileThreshold): the derived values are those, computed once.
 */
export function deriveIndicator(facts: IndicatorFacts): { trends: DerivedTrend[]; benchmarks: DerivedBenchmark[] } {
  const byArea = groupBy(facts.figures, (f) => f.areaCode);
  const trends = [...byArea].map(([areaCode, series]) => ({
    indicatorCode: facts.indicatorCode,
    areaCode,
    ...trendOf(
      withValue(series).map((f) => ({ startYear: f.startYear, value: f.value as number })),
      facts.polarity,
    ),
  }));
  const byPeriod = groupBy(withValue(facts.figures), (f) => f.period);
  const benchmarks = [...byPeriod].flatMap(([period, figures]) => benchmarksOfPeriod(facts, period, figures));
  return { trends, benchmarks };
}

function benchmarksOfPeriod(facts: IndicatorFacts, period: string, figures: DatedFigure[]): DerivedBenchmark[] {
  const england = figures
    .filter((f) => facts.regions.has(f.areaCode))
    .map((f) => ({ areaCode: f.areaCode, region: facts.regions.get(f.areaCode) as string, value: f.value as number }));
  const sign = facts.polarity === null ? null : facts.polarity === Polarity.HIGHER_IS_BETTER ? 1 : -1;
  const threshold = topQuartileThreshold(england.map((f) => f.value).filter(usableFigure), sign);
  const valueOf = new Map(england.map((f) => [f.areaCode, f.value]));
  return figures.map((own) => {
    const neighbours = facts.neighbours.get(own.areaCode) ?? [];
    return {
      indicatorCode: facts.indicatorCode,
      areaCode: own.areaCode,
      period,
      ...benchmarkOf(
        own.areaCode,
        england,
        neighbours.map((n) => n.neighbourCode),
        facts.polarity,
      ),
      topQuartileThreshold: threshold,
      similarAreas: neighbours.map((n) => ({ ...n, value: valueOf.get(n.neighbourCode) ?? null })),
    };
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
