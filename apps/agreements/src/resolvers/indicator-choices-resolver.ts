import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ChoiceScope, IndicatorChoices } from '../entities/indicator-choices';
import { AgreementsContext } from './context';

@Resolver()
export class IndicatorChoicesResolver {
  @Query(() => IndicatorChoices, {
    description:
      'What Whitehall asks first of this region: which areas chose which national indicator, targets by theme and department, ' +
      'and which agreements lack part of the statutory set. SIGNED (the default) counts signed agreements and is public; ALL counts ' +
      "drafts too, for central departments, Ministers and the region's GO staff (UNAUTHENTICATED, FORBIDDEN otherwise). " +
      'Themes and platform-supplied departments are marked INFERRED.',
  })
  indicatorChoices(
    @Arg('scope', () => ChoiceScope, { defaultValue: ChoiceScope.SIGNED }) scope: ChoiceScope,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<IndicatorChoices> {
    return services.indicatorChoices.of(caller, scope);
  }
}
