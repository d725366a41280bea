import { Access } from '@laa/identity';
import { Arg, Ctx, Mutation, Query, Resolver, Authorized } from 'type-graphql';
import { FigureOfRecord } from '../entities/figure-of-record';
import { normaliseIndicatorCode } from '../services/indicator-service';
import { requireFigureChooser } from '../services/evidence-access';
import { areaPlace } from './area-place';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';
import { FigureOfRecordInput } from './rival-figure.inputs';

@Resolver(() => FigureOfRecord)
export class RivalFigureResolver {
  @Authorized(Access.signedIn)
  @Query(() => [FigureOfRecord], {
    description:
      "Figures on which sources disagree: by default the region's areas, still waiting for a figure of record.",
  })
  async rivalFigures(
    @Ctx() context: EvidenceContext,
    @Arg('area', () => String, { nullable: true }) area?: string,
    @Arg('open', { defaultValue: true, description: 'Only those with no figure of record chosen.' }) open?: boolean,
  ): Promise<FigureOfRecord[]> {
    const areas = area
      ? [area.toUpperCase()]
      : (await evidenceLoaders(context).registeredAreas.load('all'))
          .filter((a) => a.region === context.region)
          .map((a) => a.code);
    return context.services.rivalFigures.rivalFigures(areas, open ?? true);
  }

  @Mutation(() => FigureOfRecord, {
    description: 'Chooses the figure of record where sources disagree; every choice and its reason is kept.',
  })
  async chooseFigureOfRecord(
    @Arg('input') input: FigureOfRecordInput,
    @Ctx() context: EvidenceContext,
  ): Promise<FigureOfRecord> {
    const place = await areaPlace(context, input.area);
    const chosenBy = requireFigureChooser(context.caller, place);
    return context.services.rivalFigures.choose(
      {
        indicatorCode: normaliseIndicatorCode(input.indicator),
        areaCode: place.area,
        period: input.period,
        source: input.source,
        reason: input.reason,
        replacesChoiceAt: input.replacesChoiceAt ?? null,
      },
      chosenBy,
    );
  }
}
