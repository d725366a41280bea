import { Arg, Ctx, Mutation, Resolver, Authorized } from 'type-graphql';
import { SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { CabinetConsultation } from '../entities/cabinet-consultation';
import { SignOff } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { CABINET_CONSULTERS } from '../rules/sign-off-access';
import { SignOffContext } from './context';
import { SignOffStepInput, RecommendAgreementInput, CabinetConsultationInput } from './sign-off-step.inputs';

@Resolver(() => SignOff)
export class SignOffStepResolver {
  @Mutation(() => SignOff, {
    description:
      'Takes the next sign-off step: LSP_SIGNED_OFF and PARTNERS_AGREED (with governingBodies) by a partnership officer of the area, ' +
      'TARGETS_SIGNED_OFF by a GO theme lead once every designated and statutory target has a valid sign-off, RD_RECOMMENDED by the ' +
      'Regional Director (as recommendAgreement), SIGNED by a Minister after Cabinet consultation and with no open consistency review. ' +
      'FORBIDDEN for any other role, RULE_VIOLATION out of order or when a condition is not met (the message names what is missing), CONFLICT if stale.',
  })
  takeSignOffStep(
    @Arg('input') input: SignOffStepInput,
    @Ctx() { caller, services, authorization }: SignOffContext,
  ): Promise<SignOff> {
    return services.signOffs.takeStep(caller, input, authorization);
  }

  @Mutation(() => SignOff, {
    description:
      'The Regional Director recommends the agreement to Ministers, producing the standard-format recommendation (SignOff.recommendation). ' +
      'RULE_VIOLATION, naming what is missing, while a negotiation point is open or a designated or statutory target lacks a valid sign-off.',
  })
  recommendAgreement(
    @Arg('input') input: RecommendAgreementInput,
    @Ctx() { caller, services, authorization }: SignOffContext,
  ): Promise<SignOff> {
    return services.signOffs.takeStep(caller, { ...input, stage: SignOffStage.RD_RECOMMENDED }, authorization);
  }

  @Authorized(CABINET_CONSULTERS)
  @Mutation(() => CabinetConsultation, {
    description:
      "Records the Secretary of State's consultation of Cabinet colleagues (a Minister; after the RD's recommendation).",
  })
  recordCabinetConsultation(
    @Arg('input') input: CabinetConsultationInput,
    @SignedInPerson() minister: SignedIn,
    @Ctx() { services }: SignOffContext,
  ): Promise<CabinetConsultation> {
    return services.signOffs.recordCabinetConsultation(minister, input);
  }
}
