import { Arg, Ctx, Mutation, Query, Resolver, Authorized } from 'type-graphql';
import { SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { ModerationFlag } from '../entities/moderation-flag';
import { SignOffStageSummary } from '../entities/sign-off-stage-summary';
import { CROSS_GO_MODERATORS } from '../rules/sign-off-access';
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

  @Authorized(CROSS_GO_MODERATORS)
  @Mutation(() => ModerationFlag, {
    description:
      'Cross-GO moderation: marks an agreement in sign-off for a consistency review (an RD or DRD of any region, or a CLG analyst). Ministers cannot sign until it is resolved.',
  })
  flagForConsistencyReview(
    @Arg('input') input: ConsistencyReviewInput,
    @SignedInPerson() moderator: SignedIn,
    @Ctx() { services }: SignOffContext,
  ): Promise<ModerationFlag> {
    return services.moderation.flag(moderator, input);
  }

  @Authorized(CROSS_GO_MODERATORS)
  @Mutation(() => ModerationFlag, { description: 'Resolves a consistency review, with how (the same moderators).' })
  resolveConsistencyReview(
    @Arg('input') input: ResolveConsistencyReviewInput,
    @SignedInPerson() moderator: SignedIn,
    @Ctx() { services }: SignOffContext,
  ): Promise<ModerationFlag> {
    return services.moderation.resolve(moderator, { flagId: input.reviewId, resolution: input.resolution });
  }
}
