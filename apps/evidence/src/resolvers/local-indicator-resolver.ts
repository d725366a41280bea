import { requireAgreementEditor } from '@laa/identity';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Indicator } from '../entities/indicator';
import { recorder } from '../services/evidence-access';
import { areaPlace } from './area-place';
import { EvidenceContext } from './context';
import { DefineLocalIndicatorInput } from './local-indicator.inputs';

@Resolver(() => Indicator)
export class LocalIndicatorResolver {
  @Mutation(() => Indicator, {
    description:
      'Defines a local indicator for an area (its partnership officers and its GO). Observations load, trend and benchmark like the national set.',
  })
  async defineLocalIndicator(
    @Arg('input') input: DefineLocalIndicatorInput,
    @Ctx() context: EvidenceContext,
  ): Promise<Indicator> {
    const place = await areaPlace(context, input.area);
    requireAgreementEditor(context.caller, place);
    const { area: _area, polarity, ...fields } = input;
    return context.services.localIndicators.define(
      place.area,
      { ...fields, polarity: polarity ?? null },
      recorder(context.caller),
    );
  }
}
