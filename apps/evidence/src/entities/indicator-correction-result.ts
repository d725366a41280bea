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
      "For a statutory, polarity or department correction: true when the region's agreements took it (its rules judge agreements by it: " +
      'the statutory set, the levels check, coverage); false when it did not answer (send the correction again). Null for a title.',
  })
  agreementsUpdated: boolean | null;
}
