import { requireDraftReader } from '@laa/identity';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { TargetStretch } from '../entities/stretch';
import { Target } from '../entities/target';
import { BENCHMARK_RULE } from '../services/benchmark';
import { STRETCH_RULE, stretchOf } from '../services/stretch';
import { DIRECTION_RULE } from '../services/trend';
import { EvidenceContext } from './context';
import { usable } from './indicator-evidence-resolver';
import { evidenceLoaders } from './loaders';

@Resolver(() => Target)
export class TargetStretchResolver {
  @Directive('@requires(fields: "indicatorCode areaCode kind levels localReason baseline { period }")')
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
    // Every relation through the request's loaders: one statement each for all targets asked together.
    const [indicator, all, neighbours, areas] = await Promise.all([
      loaders.indicator.load(target.indicatorCode),
      loaders.figuresOfIndicator.load(target.indicatorCode),
      loaders.similarAreas.load(target.areaCode),
      loaders.registeredAreas.load('all'),
    ]);
    if (!indicator) return null;
    const regions = new Map(areas.map((a) => [a.code, a.region]));
    const figures = usable(all)
      .filter((f) => regions.has(f.areaCode))
      .map((f) => ({ areaCode: f.areaCode, region: regions.get(f.areaCode) as string, period: f.period, startYear: f.startYear, value: f.value as number }));
    const stretch = stretchOf({
      areaCode: target.areaCode,
      kind: target.kind,
      levels: target.levels,
      localReason: target.localReason,
      baselinePeriod: target.baseline?.period ?? null,
      polarity: indicator.polarity,
      figures,
      neighbours: neighbours.map((n) => n.neighbourCode),
    });
    const { benchmarkPeriod, benchmark, trend, ...rest } = stretch;
    return {
      ...rest,
      trend: { ...trend, rule: DIRECTION_RULE },
      benchmark: benchmark && benchmarkPeriod ? { ...benchmark, period: benchmarkPeriod, similarAreas: neighbours, rule: BENCHMARK_RULE } : null,
      rule: STRETCH_RULE,
    };
  }
}
