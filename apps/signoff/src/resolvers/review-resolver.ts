import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ModerationFlag } from '../entities/moderation-flag';
import { SignOffStageSummary } from '../entities/sign-off-stage-summary';
import { SignOffContext } from './context';
import { ConsistencyReviewInput, ResolveConsistencyReviewInput } from './review.inputs';

@Resolver()
export class ReviewResolver {
  @Query(() => [SignOffStageSummary], {
    description: "Every area of the region with its agreement's sign-off stage, in one query (public, like stages).",
  })
  signOffStages(@Ctx() { services }: SignOffContext): Promise<SignOffStageSummary[]> {
    return services.stages.ofRegion();
  }

  @Mutation(() => ModerationFlag, {
    description:
      'Cross-GO moderation: marks an agreement in sign-off for a consistency review (an RD or DRD of any region, or a CLG analyst). Ministers cannot sign until it is resolved.',
  })
  flagForConsistencyReview(
    @Arg('input') input: ConsistencyReviewInput,
    @Ctx() { caller, services }: SignOffContext,
  ): Promise<ModerationFlag> {
    return services.moderation.flag(caller, input);
  }

  @Mutation(() => ModerationFlag, { description: 'Resolves a consistency review, with how (the same moderators).' })
  resolveConsistencyReview(
    @Arg('input') input: ResolveConsistencyReviewInput,
    @Ctx() { caller, services }: SignOffContext,
  ): Promise<ModerationFlag> {
    return services.moderation.resolve(caller, { flagId: input.reviewId, resolution: input.resolution });
  }
}
