import { Theme } from '@laa/domain';
import { Benchmark } from '../entities/benchmark';
import { IndicatorEvidence } from '../entities/indicator-evidence';
import { Trend } from '../entities/trend';
import { DatedFigure } from '../services/figures-of-record';
import { StoredBenchmark, StoredTrend } from '../services/derived-evidence';
import { benchmarkAnswer, trendAnswer } from './derived-answers';
import { EvidenceContext } from './context';
import { latestPeriod } from './indicator-evidence-resolver';
import { evidenceLoaders } from './loaders';
import { benchmarkKey, derivedLoaders, seriesKey } from './stretch-loaders';

/** An indicator's evidence in one area from the area's figures of that indicator, oldest first. */
export function indicatorEvidence(areaCode: string, indicatorCode: string, figures: DatedFigure[]): IndicatorEvidence {
  // An instance, not a plain object: type-graphql copies a plain root into one for every field resolver it calls.
  return Object.assign(new IndicatorEvidence(), {
    areaCode,
    indicatorCode,
    series: [...figures].sort((a, b) => a.startYear - b.startYear),
  });
}

/** Figures grouped by indicator. */
export function byIndicator(figures: DatedFigure[]): Map<string, DatedFigure[]> {
  const groups = new Map<string, DatedFigure[]>();
  for (const figure of figures) {
    const group = groups.get(figure.indicatorCode);
    if (group) group.push(figure);
    else groups.set(figure.indicatorCode, [figure]);
  }
  return groups;
}

/**
 * Every live indicator (of a theme) in one area, with its indicator, derived trend and default period's derived
 * benchmark read ahead for all of them at once (each relation one batched statement, as before) and handed to the field
 * resolvers, rather than a loader hop for each field of each of some 200 indicators. What is not derived (an indicator
 * marked due, a benchmark whose similar areas changed, no figures) is left for the field resolvers to compute as before.
 */
export async function evidenceProfileOf(
  context: EvidenceContext,
  areaCode: string,
  theme: Theme | undefined,
): Promise<IndicatorEvidence[]> {
  const [indicators, figures] = await Promise.all([
    context.services.indicators.list({ includeWithdrawn: false, theme }),
    evidenceLoaders(context).figuresOfArea.load(areaCode),
  ]);
  const series = byIndicator(figures);
  const profile = indicators
    .filter((i) => !i.local || i.ownerArea === areaCode)
    .map((indicator) => {
      const evidence = indicatorEvidence(areaCode, indicator.code, series.get(indicator.code) ?? []);
      evidence.known = { indicator };
      return evidence;
    });
  const { trends, benchmarks } = await derivedOf(context, areaCode, profile);
  for (const evidence of profile) {
    evidence.known = {
      ...evidence.known,
      trend: trends.get(evidence.indicatorCode),
      benchmark: latestPeriod(evidence) ? benchmarks.get(evidence.indicatorCode) : null,
    };
  }
  return profile;
}

/** The current derived trends and default benchmarks of the profile's indicators that have figures, by indicator. */
async function derivedOf(
  context: EvidenceContext,
  areaCode: string,
  profile: IndicatorEvidence[],
): Promise<{ trends: Map<string, Trend>; benchmarks: Map<string, Benchmark> }> {
  const withFigures = profile.filter((e) => e.series.length > 0);
  const benchmarked = withFigures.flatMap((e) => {
    const period = latestPeriod(e);
    return period ? [benchmarkKey(areaCode, e.indicatorCode, period)] : [];
  });
  const derived = derivedLoaders(context);
  const [trends, benchmarks, neighbours] = await Promise.all([
    derived.trend.loadMany(withFigures.map((e) => seriesKey(areaCode, e.indicatorCode))),
    derived.benchmark.loadMany(benchmarked),
    evidenceLoaders(context).similarAreas.load(areaCode),
  ]);
  const answers = new Map<string, Benchmark>();
  for (const stored of found(benchmarks)) {
    const answer = benchmarkAnswer(stored, neighbours);
    if (answer) answers.set(stored.indicatorCode, answer);
  }
  return { trends: new Map(found(trends).map((t) => [t.indicatorCode, trendAnswer(t)])), benchmarks: answers };
}

/** The rows a batch found; a failed batch fails the profile as a failed field would have. */
function found<T extends StoredTrend | StoredBenchmark>(rows: (T | null | Error)[]): T[] {
  const failed = rows.find((row): row is Error => row instanceof Error);
  if (failed) throw failed;
  return rows.filter((row): row is T => row !== null);
}
