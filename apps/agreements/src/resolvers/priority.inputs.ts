import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PriorityCriterion } from '../entities/priority-criteria';

@InputType({ description: 'A new priority outcome of an agreement.' })
export class AddPriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'If given, refused with CONFLICT when the agreement has moved on since.',
  })
  @IsOptional()
  @IsInt()
  expectedAgreementVersion?: number | null;

  @Field()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  description: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Other areas (2008 codes) sharing the priority (multi-area).',
  })
  @ArrayMaxSize(20)
  @Matches(/^[0-9A-Z]{2,4}$/, { each: true, message: 'sharedWithAreas must be 2008 area codes such as 00CG' })
  sharedWithAreas: string[];
}

@InputType({ description: 'An assessment of a priority against the criteria, with its tier and the reason.' })
export class AssessPriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  priorityId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [PriorityCriterion], { description: 'The criteria it meets (at least one).' })
  @IsIn(Object.values(PriorityCriterion), { each: true })
  criteriaMet: PriorityCriterion[];

  @Field(() => Int, { description: "1, 2 or 3 (Oldham's tiers)." })
  @IsInt()
  @Min(1)
  @Max(3)
  tier: number;

  @Field({ description: 'Why the assessor judged it so.' })
  @MinLength(3)
  @MaxLength(5000)
  reason: string;
}

@InputType({
  description: 'A cause-and-effect link from a priority to another priority or to an indicator (exactly one).',
})
export class LinkPriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  fromPriorityId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  toPriorityId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. NI39' })
  @IsOptional()
  @MaxLength(40)
  toIndicatorCode?: string | null;

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  description: string;
}
