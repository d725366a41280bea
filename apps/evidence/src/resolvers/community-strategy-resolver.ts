import { badInput, notFound } from '@laa/errors';
import { IsDateString, IsInt, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { CommunityStrategy } from '../entities/community-strategy';
import { requireStoryWriter } from '../services/evidence-access';
import { CommunityStrategyFields } from '../services/community-strategy-service';
import { areaPlace } from './area-place';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

@InputType({ description: 'A Sustainable Community Strategy as adopted.' })
export class CommunityStrategyInput {
  @Field()
  @Length(3, 300)
  title: string;

  @Field({ description: 'When the partnership adopted it (YYYY-MM-DD).' })
  @IsDateString({ strict: true }, { message: 'adoptedOn must be a date, YYYY-MM-DD' })
  adoptedOn: string;

  @Field({ description: 'Where it is published (http or https).' })
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http or https address' })
  url: string;

  @Field(() => Int, { description: 'The first year it covers.' })
  @IsInt()
  @Min(1990)
  @Max(2100)
  periodFrom: number;

  @Field(() => Int, { description: 'The last year it covers (not before periodFrom).' })
  @IsInt()
  @Min(1990)
  @Max(2100)
  periodTo: number;
}

@InputType()
export class RecordCommunityStrategyInput extends CommunityStrategyInput {
  @Field({ description: "The area's 2008 code." })
  @MaxLength(10)
  area: string;
}

@InputType()
export class UpdateCommunityStrategyInput extends CommunityStrategyInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read: CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

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

@Resolver(() => Area)
export class AreaCommunityStrategyResolver {
  @FieldResolver(() => [CommunityStrategy], {
    description:
      "The area's Sustainable Community Strategies, the latest adopted first. Public: an adopted strategy is a published document.",
  })
  communityStrategies(@Root() area: Area, @Ctx() context: EvidenceContext): Promise<CommunityStrategy[]> {
    return evidenceLoaders(context).communityStrategiesOfArea.load(area.code);
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
