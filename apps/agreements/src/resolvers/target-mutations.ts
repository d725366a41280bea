import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Target } from '../entities/target';
import { AgreementsContext } from './context';
import { AddTargetInput, UpdateTargetInput, RemoveTargetInput } from './target-mutations.inputs';

@Resolver(() => Target)
export class TargetMutations {
  @Mutation(() => Target, {
    description:
      "Adds a target. Editors only (the area's partnership officers and its GO). RULE_VIOLATION for the 36th designated target, a non-national indicator on a designated or statutory target, an indicator used twice, a withdrawn indicator, levels that go the wrong way (or, where the indicator's polarity is not known, levels without an intendedDirection: DIRECTION_NEEDED), or a lead or contributing partner who is not a member of the area's partnership.",
  })
  addTarget(
    @Arg('input') input: AddTargetInput,
    @Ctx() { caller, services, authorization }: AgreementsContext,
  ): Promise<Target> {
    return services.targets.addTarget(caller, input, authorization);
  }

  @Mutation(() => Target, {
    description: 'Changes a target; CONFLICT (with the current version) if it changed since you read it.',
  })
  updateTarget(
    @Arg('input') input: UpdateTargetInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Target> {
    const { targetId, expectedVersion, ...fields } = input;
    return services.targets.updateTarget(caller, targetId, expectedVersion, fields);
  }

  @Mutation(() => Target, {
    description:
      'Removes a target (kept in the history); its open negotiation points are withdrawn with the reason, in the same change. CONFLICT if it changed since you read it. Returns the removed target.',
  })
  removeTarget(
    @Arg('input') input: RemoveTargetInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Target> {
    return services.targets.removeTarget(caller, input.targetId, input.expectedVersion, input.reason);
  }
}
