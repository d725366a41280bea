import { IsInt, IsUUID, Length, Min } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { AgreementStage } from '../entities/agreement-stage';
import { AgreementsContext } from './context';

@InputType({ description: 'The next negotiation stage of an agreement, against the agreement version read.' })
export class AdvanceAgreementStageInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field(() => Int, { description: 'The agreement version you read: CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => AgreementStage, { description: 'The stage after the current one (stages are taken in order).' })
  stage: AgreementStage;

  @Field({ description: 'Why now, e.g. the meeting that agreed the priorities.' })
  @Length(3, 2000)
  reason: string;
}

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
