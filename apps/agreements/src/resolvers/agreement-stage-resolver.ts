import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { AgreementsContext } from './context';
import { AdvanceAgreementStageInput } from './agreement-stage.inputs';

@Resolver(() => Agreement)
export class AgreementStageResolver {
  @Mutation(() => Agreement, {
    description:
      "Moves an agreement to its next stage (PROCESS_MAP → PRIORITIES → INDICATORS → TARGETS → SUBMITTED): the area's partnership officers and its GO. " +
      'RULE_VIOLATION STAGE_ORDER out of order; SUBMITTED needs targets, every designated and statutory one with three levels.',
  })
  advanceAgreementStage(
    @Arg('input') input: AdvanceAgreementStageInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Agreement> {
    return services.stages.advance(caller, input.agreementId, input.expectedVersion, input.stage, input.reason);
  }
}
