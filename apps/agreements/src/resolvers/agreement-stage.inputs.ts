import { IsInt, IsUUID, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AgreementStage } from '../entities/agreement-stage';

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
