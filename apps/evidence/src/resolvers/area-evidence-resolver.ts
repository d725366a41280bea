import { isRegionCode, Theme } from '@laa/domain';
import { badInput } from '@laa/errors';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { IndicatorEvidence } from '../entities/indicator-evidence';
import { Observation } from '../entities/observation';
import { DatedFigure } from '../services/figures-of-record';
import { normaliseIndicatorCode } from '../services/indicator-service';
import { EvidenceContext } from './context';
import { evidenceProfileOf, indicatorEvidence } from './evidence-profile';
import { evidenceLoaders } from './loaders';

const evidenceOf = (areaCode: string, indicatorCode: string, figures: DatedFigure[]): IndicatorEvidence =>
  indicatorEvidence(
    areaCode,
    indicatorCode,
    figures.filter((f) => f.indicatorCode === indicatorCode),
  );

/** One indicator's evidence in one area, from the area's figures (one statement per request, whatever asks). */
export async function evidenceOfIndicator(
  context: EvidenceContext,
  areaCode: string,
  indicatorCode: string,
): Promise<IndicatorEvidence> {
  return evidenceOf(areaCode, indicatorCode, await evidenceLoaders(context).figuresOfArea.load(areaCode));
}

@Resolver(() => Area)
export class AreaEvidenceResolver {
  @FieldResolver(() => [Observation], {
    description: "The area's current releases, by indicator and period (superseded releases are history).",
  })
  async observations(
    @Root() area: Area,
    @Ctx() context: EvidenceContext,
    @Arg('indicator', () => String, { nullable: true, description: 'Only this indicator.' }) indicator?: string,
  ): Promise<Observation[]> {
    const all = await evidenceLoaders(context).observationsOfArea.load(area.code);
    if (!indicator) return all;
    const code = normaliseIndicatorCode(indicator);
    return all.filter((observation) => observation.indicatorCode === code);
  }

  @FieldResolver(() => IndicatorEvidence, {
    description: 'One indicator in this area: series of figures of record, trend, baseline and benchmark.',
  })
  async indicatorEvidence(
    @Root() area: Area,
    @Ctx() context: EvidenceContext,
    @Arg('indicator') indicator: string,
  ): Promise<IndicatorEvidence> {
    return evidenceOfIndicator(context, area.code, normaliseIndicatorCode(indicator));
  }

  @FieldResolver(() => [IndicatorEvidence], {
    description: 'Every live indicator (of a theme) in this area, national then local, with or without figures.',
  })
  async evidenceProfile(
    @Root() area: Area,
    @Ctx() context: EvidenceContext,
    @Arg('theme', () => Theme, { nullable: true }) theme?: Theme,
  ): Promise<IndicatorEvidence[]> {
    return evidenceProfileOf(context, area.code, theme ?? undefined);
  }
}

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
