import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Person } from '../entities/person';
import { Priority } from '../entities/priority';
import { AgreementsContext } from './context';
import { UpdatePriorityInput, RemovePriorityInput } from './priority-edit.inputs';

@Resolver(() => Priority)
export class PriorityEditResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who removed it; null while it stands.' })
  removedBy(@Root() priority: Priority): Person | null {
    return priority.removedById
      ? { id: priority.removedById, name: priority.removedByName ?? priority.removedById }
      : null;
  }

  @Mutation(() => Priority, {
    description:
      "Changes a priority's title, description or shared areas. Editors only; CONFLICT if stale; RULE_VIOLATION PRIORITY_REMOVED once removed.",
  })
  updatePriority(
    @Arg('input') input: UpdatePriorityInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Priority> {
    return services.priorityEdits.update(caller, input.priorityId, input.expectedVersion, {
      title: input.title ?? undefined,
      description: input.description ?? undefined,
      sharedWithAreas: input.sharedWithAreas ?? undefined,
    });
  }

  @Mutation(() => Priority, {
    description:
      'Removes a priority from the agreement with its links, recorded in the history with the reason: it leaves Agreement.priorities, the graph, ' +
      'shared priorities and the recommendation. Editors only; CONFLICT if stale; RULE_VIOLATION PRIORITY_HAS_TARGETS while a target serves it.',
  })
  removePriority(
    @Arg('input') input: RemovePriorityInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Priority> {
    return services.priorityEdits.remove(caller, input.priorityId, input.expectedVersion, input.reason);
  }
}
