import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../entities/date-column';
import { Milestone } from '../entities/milestone';
import { milestoneSlippage } from '../rules/slippage';
import { AgreementsContext } from './context';
import { AddMilestoneInput, UpdateMilestoneInput } from './milestone.inputs';

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
