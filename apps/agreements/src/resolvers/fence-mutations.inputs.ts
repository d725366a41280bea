import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Directive, Field, Float, ID, InputType, Int } from 'type-graphql';
import { PermittedChange } from '../entities/target-permit';

const PERMITTED: PermittedChange[] = ['CHANGE_LEVELS', 'CHANGE_BASELINE', 'ADD_DESIGNATED', 'REMOVE_DESIGNATED'];

@Directive('@inaccessible')
@InputType({ description: 'A target at the version being signed.' })
export class FencedTargetInput {
  @Field(() => ID)
  @IsUUID()
  targetId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@Directive('@inaccessible')
@InputType({
  description:
    "Every target of an agreement at the version Ministers are signing, under sign-off's key for the attempt.",
})
export class FenceAgreementInput {
  @Field(() => ID)
  @IsUUID()
  agreementId: string;

  @Field(() => ID)
  @IsUUID()
  attemptId: string;

  @Field(() => [FencedTargetInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(500)
  targets: FencedTargetInput[];
}

@Directive('@inaccessible')
@InputType({ description: 'The baseline a CHANGE_BASELINE approval sets.' })
export class PermitBaselineInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @Field()
  @MinLength(1)
  period: string;

  @Field()
  @MinLength(1)
  source: string;

  @Field()
  provisional: boolean;
}

@Directive('@inaccessible')
@InputType({ description: "An approved change of a signed agreement, keyed by sign-off's change request." })
export class TargetPermitInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => ID)
  @IsUUID()
  agreementId: string;

  @Field(() => String)
  @IsIn(PERMITTED)
  change: PermittedChange;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  targetId?: string | null;

  @Field(() => [Float], { nullable: 'itemsAndList' })
  levels?: (number | null)[] | null;

  @Field(() => PermitBaselineInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  baseline?: PermitBaselineInput | null;
}
