import { requireDataSteward } from '@laa/identity';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Indicator } from '../entities/indicator';
import { IndicatorCorrection } from '../entities/indicator-correction';
import { sendCorrectionToAgreements } from '../peers/agreements-indicator-facts';
import { recorder } from '../services/evidence-access';
import { normaliseIndicatorCode } from '../services/indicator-code';
import { EvidenceContext } from './context';
import { CorrectIndicatorInput } from './indicator-correction-input';

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

@Resolver(() => IndicatorCorrection)
export class IndicatorCorrectionResolver {
  @Mutation(() => IndicatorCorrectionResult, {
    description:
      'A national data steward (CLG) corrects one reference value of a national indicator, with a source and the day it holds from. ' +
      'Kept as history; it wins over the reference file from its date (a re-import never undoes it). Sent to every region by tools/indicator-correction.',
  })
  async correctIndicator(
    @Arg('input') input: CorrectIndicatorInput,
    @Ctx() context: EvidenceContext,
  ): Promise<IndicatorCorrectionResult> {
    requireDataSteward(context.caller);
    const { indicator: code, ...request } = input;
    const outcome = await context.services.corrections.correct(
      { ...request, indicatorCode: normaliseIndicatorCode(code) },
      recorder(context.caller),
    );
    const agreementsUpdated = await sendCorrectionToAgreements(
      context.services.peers,
      outcome,
      context.authorization,
      context.log,
    );
    return {
      correction: outcome.correction,
      indicator: outcome.indicator,
      recorded: outcome.recorded,
      agreementsUpdated,
    };
  }

  @FieldResolver(() => String, {
    description:
      'The corrected value as text: a title, a Department, a Polarity, or true/false for statutory membership.',
  })
  value(@Root() correction: IndicatorCorrection): string {
    return String(correction.value);
  }
}
