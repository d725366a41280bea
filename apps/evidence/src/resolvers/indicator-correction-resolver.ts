import { Access, SignedIn } from '@laa/identity';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root, Authorized } from 'type-graphql';
import { SignedInPerson } from '@laa/subgraph';
import { IndicatorCorrection } from '../entities/indicator-correction';
import { sendCorrectionToAgreements } from '../peers/agreements-indicator-facts';
import { recorder } from '../services/evidence-access';
import { normaliseIndicatorCode } from '../services/indicator-code';
import { EvidenceContext } from './context';
import { CorrectIndicatorInput } from './indicator-correction.inputs';
import { IndicatorCorrectionResult } from '../entities/indicator-correction-result';

@Resolver(() => IndicatorCorrection)
export class IndicatorCorrectionResolver {
  @Authorized(Access.dataSteward)
  @Mutation(() => IndicatorCorrectionResult, {
    description:
      'A national data steward (CLG) corrects one reference value of a national indicator, with a source and the day it holds from. ' +
      'Kept as history; it wins over the reference file from its date (a re-import never undoes it). Sent to every region by tools/indicator-correction.',
  })
  async correctIndicator(
    @Arg('input') input: CorrectIndicatorInput,
    @SignedInPerson() steward: SignedIn,
    @Ctx() context: EvidenceContext,
  ): Promise<IndicatorCorrectionResult> {
    const { indicator: code, ...request } = input;
    const outcome = await context.services.corrections.correct(
      { ...request, indicatorCode: normaliseIndicatorCode(code) },
      recorder(steward),
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
