import { requireDraftReader } from '@laa/identity';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { TargetStretch } from '../entities/stretch';
import { Target } from '../entities/target';
import { BENCHMARK_RULE } from '../services/benchmark';
import { SimilarArea } from '../entities/similar-area';
import {
  baselineCheckOf,
  benchmarkPeriodOf,
  judgedPolarity,
  StretchFacts,
  StretchFigures,
  STRETCH_RULE,
  stretchAgainst,
  stretchOf,
} from '../services/stretch';
import { DIRECTION_RULE } from '../services/trend';
import { EvidenceContext } from './context';
import { figuresOf } from './derived-answers';
import { usable } from './indicator-evidence-resolver';
import { evidenceLoaders } from './loaders';
import { benchmarkKey, derivedLoaders, seriesKey, stretchLoaders } from './stretch-loaders';

@Resolver(() => Target)
export class TargetStretchResolver {
  @Directive(
    '@requires(fields: "indicatorCode areaCode kind levels localReason baseline { period value } intendedDirection")',
  )
  @FieldResolver(() => TargetStretch, {
    nullable: true,
    description:
      "How ambitious the target is, from the evidence: each year against the area's trend projection, the last level against England's " +
      'average and top quartile and the similar areas, below-trend and strong-performer flags (see rule). Null for an indicator the ' +
      'evidence does not hold. Draft readers of the area.',
  })
  async stretch(@Root() target: Target, @Ctx() context: EvidenceContext): Promise<TargetStretch | null> {
    requireDraftReader(context.caller, { region: context.region, area: target.areaCode });
    const loaders = evidenceLoaders(context);
    const figures = stretchLoaders(context);
    // Every relation through the request's loaders: one batch each for all the targets asked together.
    // The derived benchmark hangs on the series alone, so every target asks for it in the same batch: waiting for the
    // indicator too would split it where the request's loaders already hold some indicators and not others.
    const ownSeries = figures.series.load(seriesKey(target.areaCode, target.indicatorCode)).then(async (own) => {
      const series = usable(own).map((f) => ({ period: f.period, startYear: f.startYear, value: f.value as number }));
      const benchmarkPeriod = benchmarkPeriodOf(series, target.baseline?.period ?? null);
      const derived = benchmarkPeriod
        ? derivedLoaders(context).benchmark.load(benchmarkKey(target.areaCode, target.indicatorCode, benchmarkPeriod))
        : null;
      return [own, series, benchmarkPeriod, derived ? await derived : null] as const;
    });
    const [indicator, [ownFigures, series, benchmarkPeriod, derived], neighbours] = await Promise.all([
      loaders.indicator.load(target.indicatorCode),
      ownSeries,
      loaders.similarAreas.load(target.areaCode),
    ]);
    if (!indicator) return null;
    const facts = {
      areaCode: target.areaCode,
      kind: target.kind,
      levels: target.levels,
      localReason: target.localReason,
      ...judgedPolarity(indicator.polarity, target.intendedDirection ?? null),
      series,
      benchmarkPeriod,
    };
    // The derived benchmark ranks by the indicator's polarity: a target judged in a direction stated with it (the
    // indicator's unknown) is ranked on the fly in that direction.
    const judgedOn = facts.directionStated ? null : derived;
    const stretch = judgedOn
      ? stretchAgainst({ ...facts, benchmark: judgedOn, topQuartileThreshold: judgedOn.topQuartileThreshold })
      : await this.onTheFly(context, target.indicatorCode, facts, neighbours);
    const { benchmark, trend, ...rest } = stretch;
    return {
      ...rest,
      baselineCheck: target.baseline ? baselineCheckOf(target.baseline, ownFigures) : null,
      trend: { ...trend, rule: DIRECTION_RULE, derivedAsOf: null },
      benchmark:
        benchmark && benchmarkPeriod
          ? {
              ...figuresOf(benchmark),
              period: benchmarkPeriod,
              similarAreas: neighbours,
              rule: BENCHMARK_RULE,
              derivedAsOf: judgedOn?.derivedAsOf ?? null,
            }
          : null,
      rule: STRETCH_RULE,
    };
  }

  /** Not derived (the figures changed since the last derivation): England's figures of the benchmark period read and compared now. */
  private async onTheFly(
    context: EvidenceContext,
    indicatorCode: string,
    facts: Omit<StretchFacts, 'england' | 'neighbours'>,
    neighbours: SimilarArea[],
  ): Promise<StretchFigures> {
    const areas = await evidenceLoaders(context).registeredAreas.load('all');
    const regions = new Map(areas.map((a) => [a.code, a.region]));
    const england = facts.benchmarkPeriod
      ? usable(await stretchLoaders(context).england.load(seriesKey(indicatorCode, facts.benchmarkPeriod)))
          .filter((f) => regions.has(f.areaCode))
          .map((f) => ({ areaCode: f.areaCode, region: regions.get(f.areaCode) as string, value: f.value as number }))
      : [];
    return stretchOf({ ...facts, england, neighbours: neighbours.map((n) => n.neighbourCode) });
  }
}
