import { requireDraftReader } from '@laa/identity';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { TargetStretch } from '../entities/stretch';
import { Target } from '../entities/target';
import { BENCHMARK_RULE } from '../services/benchmark';
import { baselineCheckOf, benchmarkPeriodOf, judgedPolarity, STRETCH_RULE, stretchOf } from '../services/stretch';
import { DIRECTION_RULE } from '../services/trend';
import { EvidenceContext } from './context';
import { usable } from './indicator-evidence-resolver';
import { evidenceLoaders } from './loaders';
import { seriesKey, stretchLoaders } from './stretch-loaders';

@Resolver(() => Target)
export class TargetStretchResolver {
  @Directive('@requires(fields: "indicatorCode areaCode kind levels localReason baseline { period value } intendedDirection")')
  @FieldResolver(() => TargetStretch, {
    nullable: true,
    description:
      'How ambitious the target is, from the evidence: each year against the area\'s trend projection, the last level against England\'s ' +
      'average and top quartile and the similar areas, below-trend and strong-performer flags (see rule). Null for an indicator the ' +
      'evidence does not hold. Draft readers of the area.',
  })
  async stretch(@Root() target: Target, @Ctx() context: EvidenceContext): Promise<TargetStretch | null> {
    requireDraftReader(context.caller, { region: context.region, area: target.areaCode });
    const loaders = evidenceLoaders(context);
    const figures = stretchLoaders(context);
    // Every relation through the request's loaders: one batch each for all the targets asked together.
    const [indicator, ownFigures, neighbours, areas] = await Promise.all([
      loaders.indicator.load(target.indicatorCode),
      figures.series.load(seriesKey(target.areaCode, target.indicatorCode)),
      loaders.similarAreas.load(target.areaCode),
      loaders.registeredAreas.load('all'),
    ]);
    if (!indicator) return null;
    const series = usable(ownFigures).map((f) => ({ period: f.period, startYear: f.startYear, value: f.value as number }));
    const benchmarkPeriod = benchmarkPeriodOf(series, target.baseline?.period ?? null);
    const regions = new Map(areas.map((a) => [a.code, a.region]));
    const england = benchmarkPeriod
      ? usable(await figures.england.load(seriesKey(target.indicatorCode, benchmarkPeriod)))
          .filter((f) => regions.has(f.areaCode))
          .map((f) => ({ areaCode: f.areaCode, region: regions.get(f.areaCode) as string, value: f.value as number }))
      : [];
    const stretch = stretchOf({
      areaCode: target.areaCode,
      kind: target.kind,
      levels: target.levels,
      localReason: target.localReason,
      ...judgedPolarity(indicator.polarity, target.intendedDirection ?? null),
      series,
      benchmarkPeriod,
      england,
      neighbours: neighbours.map((n) => n.neighbourCode),
    });
    const { benchmark, trend, ...rest } = stretch;
    return {
      ...rest,
      baselineCheck: target.baseline ? baselineCheckOf(target.baseline, ownFigures) : null,
      trend: { ...trend, rule: DIRECTION_RULE },
      benchmark: benchmark && benchmarkPeriod ? { ...benchmark, period: benchmarkPeriod, similarAreas: neighbours, rule: BENCHMARK_RULE } : null,
      rule: STRETCH_RULE,
    };
  }
}
