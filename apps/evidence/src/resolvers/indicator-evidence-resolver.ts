import { badInput, notFound } from '@laa/errors';
import { parsePeriod } from '../services/periods';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Benchmark } from '../entities/benchmark';
import { Indicator } from '../entities/indicator';
import { BaselineStatus, EvidenceBaseline, IndicatorEvidence } from '../entities/indicator-evidence';
import { Trend } from '../entities/trend';
import { BENCHMARK_RULE, benchmarkOf } from '../services/benchmark';
import { DatedFigure } from '../services/figures-of-record';
import { DIRECTION_RULE, trendOf } from '../services/trend';
import { benchmarkAnswer, trendAnswer } from './derived-answers';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';
import { benchmarkKey, derivedLoaders, seriesKey } from './stretch-loaders';

@Resolver(() => IndicatorEvidence)
export class IndicatorEvidenceResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() evidence: IndicatorEvidence, @Ctx() context: EvidenceContext): Indicator | Promise<Indicator> {
    return evidence.known?.indicator ?? indicatorOf(evidence, context);
  }

  @FieldResolver(() => Trend, {
    description: 'Direction of travel given the polarity, and the projection over the agreement years.',
  })
  trend(@Root() evidence: IndicatorEvidence, @Ctx() context: EvidenceContext): Trend | Promise<Trend> {
    return evidence.known?.trend ?? this.readTrend(evidence, context);
  }

  private async readTrend(evidence: IndicatorEvidence, context: EvidenceContext): Promise<Trend> {
    const derived = await derivedLoaders(context).trend.load(seriesKey(evidence.areaCode, evidence.indicatorCode));
    if (derived) return trendAnswer(derived);
    // Not derived (no figures here, or the figures changed since the last derivation): computed now from the series.
    const indicator = await this.indicator(evidence, context);
    const points = usable(evidence.series as DatedFigure[]).map((f) => ({
      startYear: f.startYear,
      value: f.value as number,
    }));
    return { ...trendOf(points, indicator.polarity), rule: DIRECTION_RULE, derivedAsOf: null };
  }

  @FieldResolver(() => EvidenceBaseline)
  baseline(@Root() evidence: IndicatorEvidence): EvidenceBaseline {
    const newest = [...(evidence.series as DatedFigure[])].sort((a, b) => a.startYear - b.startYear).at(-1);
    // Rival data on the latest period is no reason to fall back on an older year as if it were the latest.
    if (newest?.unresolved) return { status: BaselineStatus.DISPUTED, period: newest.period, value: null };
    const latest = usable(evidence.series as DatedFigure[]).at(-1);
    if (!latest) return { status: BaselineStatus.PLACEHOLDER, period: null, value: null };
    return {
      status: latest.provisional ? BaselineStatus.PROVISIONAL : BaselineStatus.RELIABLE,
      period: latest.period,
      value: latest.value,
    };
  }

  @FieldResolver(() => Benchmark, {
    nullable: true,
    description: 'Against region, England and similar areas; the latest period unless one is given.',
  })
  benchmark(
    @Root() evidence: IndicatorEvidence,
    @Ctx() context: EvidenceContext,
    @Arg('period', () => String, { nullable: true }) period?: string,
  ): Benchmark | null | Promise<Benchmark | null> {
    const known = evidence.known?.benchmark;
    if ((period === undefined || period === null) && known !== undefined) return known;
    return this.readBenchmark(evidence, context, period);
  }

  private async readBenchmark(
    evidence: IndicatorEvidence,
    context: EvidenceContext,
    period?: string,
  ): Promise<Benchmark | null> {
    const asked = period === undefined || period === null ? null : parsePeriod(period);
    if (period && !asked) throw badInput(`"${period}" is not a year (2007) or a financial or academic year (2007/08)`);
    const at = asked?.label ?? latestPeriod(evidence);
    if (!at) return null;
    const [derived, neighbours] = await Promise.all([
      derivedLoaders(context).benchmark.load(benchmarkKey(evidence.areaCode, evidence.indicatorCode, at)),
      evidenceLoaders(context).similarAreas.load(evidence.areaCode),
    ]);
    const answer = derived && benchmarkAnswer(derived, neighbours);
    if (answer) return answer;
    // Not derived (a period the area has no figure for, or figures changed since the last derivation): every area's
    // figures of the indicator are read and compared now.
    const loaders = evidenceLoaders(context);
    const [indicator, all, areas] = await Promise.all([
      this.indicator(evidence, context),
      loaders.figuresOfIndicator.load(evidence.indicatorCode),
      loaders.registeredAreas.load('all'),
    ]);
    const regions = new Map(areas.map((a) => [a.code, a.region]));
    const figures = usable(all)
      .filter((f) => f.period === at && regions.has(f.areaCode))
      .map((f) => ({ areaCode: f.areaCode, region: regions.get(f.areaCode) as string, value: f.value as number }));
    const figuresOfArea = benchmarkOf(
      evidence.areaCode,
      figures,
      neighbours.map((n) => n.neighbourCode),
      indicator.polarity,
    );
    const valueOf = new Map(figures.map((f) => [f.areaCode, f.value]));
    const similarAreas = neighbours.map((n) => ({ ...n, value: valueOf.get(n.neighbourCode) ?? null }));
    return { period: at, ...figuresOfArea, similarAreas, rule: BENCHMARK_RULE, derivedAsOf: null };
  }
}

async function indicatorOf(evidence: IndicatorEvidence, context: EvidenceContext): Promise<Indicator> {
  const indicator = await evidenceLoaders(context).indicator.load(evidence.indicatorCode);
  if (!indicator) throw notFound('Indicator', evidence.indicatorCode);
  return indicator;
}

/** The period a benchmark is of when none is asked: the latest with a figure of record. */
export function latestPeriod(evidence: IndicatorEvidence): string | undefined {
  return usable(evidence.series as DatedFigure[]).at(-1)?.period;
}

/** Figures with a value of record, oldest first: unresolved rival data is left out. */
export function usable(series: DatedFigure[]): DatedFigure[] {
  return series.filter((f) => f.value !== null).sort((a, b) => a.startYear - b.startYear);
}
