import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { TargetChangeKind } from '../entities/target-change';

@InputType({ description: 'The baseline a CHANGE_BASELINE request proposes.' })
export class ProposedBaselineInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @Field({ description: 'e.g. 2008/09' })
  @Length(1, 40)
  period: string;

  @Field({ description: 'Where the figure comes from.' })
  @Length(1, 300)
  source: string;

  @Field({ defaultValue: false })
  provisional: boolean;
}

@InputType({
  description: 'A requested change to a signed agreement: one target, its proposed levels or baseline, and why.',
})
export class TargetChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agreementId must be an agreement id (a UUID)' })
  agreementId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The target to change or remove (none when adding a designated target).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'targetId must be a target id (a UUID)' })
  targetId?: string | null;

  @Field(() => TargetChangeKind)
  change: TargetChangeKind;

  @Field(() => [Float], { nullable: true, description: 'CHANGE_LEVELS: the three proposed levels.' })
  @IsOptional()
  @ArrayMinSize(3)
  @ArrayMaxSize(3)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  proposedLevels?: number[] | null;

  @Field(() => ProposedBaselineInput, { nullable: true, description: 'CHANGE_BASELINE: the proposed baseline.' })
  @IsOptional()
  @ValidateNested()
  proposedBaseline?: ProposedBaselineInput | null;

  @Field({ description: 'Why the change is needed.' })
  @Length(3, 2000)
  reason: string;
}

@InputType({ description: 'Approves or rejects a requested change to a signed agreement.' })
export class TargetChangeDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a request id (a UUID)' })
  requestId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field()
  approve: boolean;

  @Field()
  @Length(3, 2000)
  reason: string;
}
