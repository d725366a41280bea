import { badInput, notFound } from '@laa/errors';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { CommunityStrategy } from '../entities/community-strategy';
import { requireStoryWriter } from '../services/evidence-access';
import { CommunityStrategyFields } from '../services/community-strategy-service';
import { areaPlace } from './area-place';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';
import {
  CommunityStrategyInput,
  RecordCommunityStrategyInput,
  UpdateCommunityStrategyInput,
} from './community-strategy.inputs';

/** The strategy's own fields, its period checked: a strategy cannot end before it starts. */
function strategyFields({
  title,
  adoptedOn,
  url,
  periodFrom,
  periodTo,
}: CommunityStrategyInput): CommunityStrategyFields {
  if (periodTo < periodFrom)
    throw badInput(`The strategy's period ends (${periodTo}) before it starts (${periodFrom})`, {
      periodFrom,
      periodTo,
    });
  return { title, adoptedOn, url, periodFrom, periodTo };
}

@Resolver(() => CommunityStrategy)
export class CommunityStrategyResolver {
  @Mutation(() => CommunityStrategy, {
    description:
      "Records an area's Sustainable Community Strategy: the area's partnership officers and its GO negotiators.",
  })
  async recordCommunityStrategy(
    @Arg('input') input: RecordCommunityStrategyInput,
    @Ctx() context: EvidenceContext,
  ): Promise<CommunityStrategy> {
    const place = await areaPlace(context, input.area);
    const recordedBy = requireStoryWriter(context.caller, place);
    return context.services.communityStrategies.record(place.area, strategyFields(input), recordedBy);
  }

  @Mutation(() => CommunityStrategy, {
    description: "Changes a strategy's record against the version read (CONFLICT if someone changed it since).",
  })
  async updateCommunityStrategy(
    @Arg('input') input: UpdateCommunityStrategyInput,
    @Ctx() context: EvidenceContext,
  ): Promise<CommunityStrategy> {
    const strategy = await evidenceLoaders(context).communityStrategy.load(input.id);
    if (!strategy) throw notFound('CommunityStrategy', input.id);
    const recordedBy = requireStoryWriter(context.caller, await areaPlace(context, strategy.areaCode));
    return context.services.communityStrategies.update(
      input.id,
      input.expectedVersion,
      strategyFields(input),
      recordedBy,
    );
  }
}

/** A story's link to a strategy: one of the same area's, else BAD_USER_INPUT. */
export async function checkCommunityStrategyLink(
  context: EvidenceContext,
  areaCode: string,
  id: string | null | undefined,
): Promise<string | null> {
  if (!id) return null;
  const strategy = await evidenceLoaders(context).communityStrategy.load(id);
  if (!strategy || strategy.areaCode !== areaCode) {
    throw badInput(
      `No Sustainable Community Strategy of area ${areaCode} with id ${id}: record it first (recordCommunityStrategy)`,
      { communityStrategyId: id },
    );
  }
  return strategy.id;
}
