import { IsIn, IsInt, IsOptional, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../entities/date-column';
import { Milestone, MilestoneStatus } from '../entities/milestone';
import { milestoneSlippage } from '../rules/slippage';
import { AgreementsContext } from './context';

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

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => Int, {
    description: 'Days late: done after its due date, or not done and past it; 0 if on time.',
  })
  slippageDays(@Root() milestone: Milestone): number {
    return milestoneSlippage(milestone, today());
  }

  @Mutation(() => Milestone, { description: 'Adds a process-map milestone. Editors only.' })
  addMilestone(
    @Arg('input') input: AddMilestoneInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Milestone> {
    const { agreementId, ...fields } = input;
    return services.milestones.add(caller, agreementId, fields);
  }

  @Mutation(() => Milestone, {
    description: 'Changes a milestone (status, dates, owner). Editors only; CONFLICT if stale.',
  })
  updateMilestone(
    @Arg('input') input: UpdateMilestoneInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Milestone> {
    const { milestoneId, expectedVersion, ...fields } = input;
    return services.milestones.update(caller, milestoneId, expectedVersion, {
      title: fields.title ?? undefined,
      dueOn: fields.dueOn ?? undefined,
      owner: fields.owner ?? undefined,
      status: fields.status ?? undefined,
      completedOn: fields.completedOn ?? undefined,
    });
  }
}
