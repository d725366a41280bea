import { Field, ObjectType } from 'type-graphql';
import { Indicator } from './indicator';
import { IndicatorCorrection } from './indicator-correction';

@ObjectType({ description: 'What a correction did in this region.' })
export class IndicatorCorrectionResult {
  @Field(() => IndicatorCorrection)
  correction: IndicatorCorrection;

  @Field(() => Indicator, { description: 'The indicator with the corrections in effect today.' })
  indicator: Indicator;

  @Field({ description: 'False when this region already held the same correction (nothing was recorded twice).' })
  recorded: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "For a statutory correction: true when the region's agreements took the new memberships (it judges agreements against them); " +
      'false when it did not answer (send the correction again). Null for other fields.',
  })
  agreementsUpdated: boolean | null;
}
