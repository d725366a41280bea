import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Changes to a priority outcome, against the version read; leave a field out to keep it.' })
export class UpdatePriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  priorityId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other areas (2008 codes) sharing the priority (multi-area).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[0-9A-Z]{2,4}$/, { each: true, message: 'sharedWithAreas must be 2008 area codes such as 00CG' })
  sharedWithAreas?: string[] | null;
}

@InputType({ description: 'A priority to take out of the agreement, against the version read, and why.' })
export class RemovePriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  priorityId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'Why, e.g. the meeting that dropped it.' })
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}
