import { Benchmark } from '../entities/benchmark';
import { SimilarArea } from '../entities/similar-area';
import { Trend } from '../entities/trend';
import { BENCHMARK_RULE, BenchmarkFigures } from '../services/benchmark';
import { StoredBenchmark, StoredTrend } from '../services/derived-evidence';
import { DIRECTION_RULE } from '../services/trend';

/** A derived trend as the schema answers it. */
export function trendAnswer(derived: StoredTrend): Trend {
  const { indicatorCode: _indicator, areaCode: _area, ...trend } = derived;
  return { ...trend, rule: DIRECTION_RULE };
}

/**
 * A derived benchmark as the schema answers it, with the area's similar areas as they stand now; null when one of them
 * is not in the derived row (the similar areas changed since): the caller then computes the benchmark now.
 */
export function benchmarkAnswer(derived: StoredBenchmark, neighbours: SimilarArea[]): Benchmark | null {
  if (!neighbours.every((n) => derived.similarAreaValues.has(n.neighbourCode))) return null;
  const similarAreas = neighbours.map((n) => ({ ...n, value: derived.similarAreaValues.get(n.neighbourCode) ?? null }));
  const { period, derivedAsOf } = derived;
  return { ...figuresOf(derived), period, similarAreas, rule: BENCHMARK_RULE, derivedAsOf };
}

/** Only the benchmark's figures (a derived row also carries its keys and threshold). */
export const figuresOf = ({
  value,
  regionAverage,
  englandAverage,
  similarAreasAverage,
  rank,
  areasRanked,
  quartile,
}: BenchmarkFigures): BenchmarkFigures => ({
  value,
  regionAverage,
  englandAverage,
  similarAreasAverage,
  rank,
  areasRanked,
  quartile,
});
