import { isRegionCode } from '@laa/domain';
import { badInput } from '@laa/errors';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { IndicatorEvidence } from '../entities/indicator-evidence';
import { normaliseIndicatorCode } from '../services/indicator-service';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';
import { evidenceOf } from './area-evidence-resolver';

@Resolver(() => IndicatorEvidence)
export class IndicatorAcrossEnglandResolver {
  @Query(() => [IndicatorEvidence], {
    description: 'One indicator in every area with figures: for national comparison and benchmarks.',
  })
  async indicatorAcrossEngland(
    @Arg('indicator') indicator: string,
    @Ctx() context: EvidenceContext,
    @Arg('region', () => String, {
      nullable: true,
      description: 'Only the areas of this region, e.g. E12000003 (benchmarks stay against all England).',
    })
    region?: string,
  ): Promise<IndicatorEvidence[]> {
    if (region && !isRegionCode(region)) throw badInput(`No region ${region}: use E12000001 ... E12000009`);
    const code = normaliseIndicatorCode(indicator);
    const loaders = evidenceLoaders(context);
    const [figures, areas] = await Promise.all([
      loaders.figuresOfIndicator.load(code),
      loaders.registeredAreas.load('all'),
    ]);
    const wanted = new Set(areas.filter((a) => !region || a.region === region).map((a) => a.code));
    const areaCodes = [...new Set(figures.map((f) => f.areaCode))].filter((a) => wanted.has(a)).sort();
    return areaCodes.map((areaCode) =>
      evidenceOf(
        areaCode,
        code,
        figures.filter((f) => f.areaCode === areaCode),
      ),
    );
  }
}
