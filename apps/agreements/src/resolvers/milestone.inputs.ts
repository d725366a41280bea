import { IsIn, IsInt, IsOptional, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MilestoneStatus } from '../entities/milestone';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A new milestone of the process map.' })
export class AddMilestoneInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn: string;

  @Field()
  @MinLength(2)
  @MaxLength(200)
  owner: string;
}

@InputType({ description: 'Changes to a milestone, against the version read; leave a field out to keep it.' })
export class UpdateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all')
  milestoneId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  owner?: string;

  @Field(() => MilestoneStatus, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(MilestoneStatus))
  status?: MilestoneStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to today when marked DONE.' })
  @IsOptional()
  @Matches(DATE, { message: 'completedOn must be a date YYYY-MM-DD' })
  completedOn?: string | null;
}
