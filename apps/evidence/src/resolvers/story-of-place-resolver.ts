import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { CommunityStrategy } from '../entities/community-strategy';
import { IndicatorEvidence } from '../entities/indicator-evidence';
import { SoftEvidence } from '../entities/soft-evidence';
import { StoryClaim, StoryOfPlace, StorySignOff } from '../entities/story-of-place';
import { requireEvidenceReader, requireLspOfficer, requireStoryWriter } from '../services/evidence-access';
import { areaPlace } from './area-place';
import { checkCommunityStrategyLink } from './community-strategy-resolver';
import { evidenceOfIndicator } from './area-evidence-resolver';
import { EvidenceContext } from './context';
import { checkIndicatorLinks, checkSoftEvidenceLinks } from './evidence-links';
import { evidenceLoaders } from './loaders';

@InputType({ description: 'A claim of the story and the evidence behind it.' })
export class StoryClaimInput {
  @Field()
  @Length(3, 2000)
  statement: string;

  @Field(() => [String], { defaultValue: [], description: 'Indicators whose figures back the claim.' })
  @ArrayMaxSize(20)
  @MaxLength(30, { each: true })
  indicators: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Soft intelligence items of the area that back the claim.' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'softEvidence must be soft intelligence ids' })
  softEvidence: string[];
}

@InputType({ description: "The next version of an area's story of place." })
export class WriteStoryOfPlaceInput {
  @Field()
  @MaxLength(10)
  area: string;

  @Field(() => Int, { description: 'The version you read (0 for the first): CONFLICT if someone wrote one since.' })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @Field({ description: 'What kind of place this is.' })
  @Length(10, 10000)
  placeToday: string;

  @Field({ description: 'What kind of place it wants to be.' })
  @Length(10, 10000)
  ambition: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The area's Sustainable Community Strategy this version draws on (recordCommunityStrategy); leave it out for none.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'communityStrategy must be a strategy id' })
  communityStrategy?: string | null;

  @Field(() => [StoryClaimInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  claims: StoryClaimInput[];
}

@InputType({ description: "The LSP's sign-off of the latest version of the story." })
export class SignOffStoryOfPlaceInput {
  @Field()
  @MaxLength(10)
  area: string;

  @Field(() => Int, { description: 'The version signed off: it must be the latest.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: "The LSP's decision, e.g. the meeting that agreed it." })
  @Length(3, 2000)
  note: string;
}

@Resolver(() => StoryOfPlace)
export class StoryOfPlaceResolver {
  @Mutation(() => StoryOfPlace, {
    description:
      "Writes the next version of the story (the partnership's officers and the region's GO); earlier versions are kept.",
  })
  async writeStoryOfPlace(
    @Arg('input') input: WriteStoryOfPlaceInput,
    @Ctx() context: EvidenceContext,
  ): Promise<StoryOfPlace> {
    const place = await areaPlace(context, input.area);
    const writtenBy = requireStoryWriter(context.caller, place);
    const claims = [];
    for (const claim of input.claims) {
      claims.push({
        statement: claim.statement,
        indicatorCodes: await checkIndicatorLinks(context, place.area, claim.indicators),
        softEvidenceIds: await checkSoftEvidenceLinks(context, place.area, claim.softEvidence),
      });
    }
    const communityStrategyId = await checkCommunityStrategyLink(context, place.area, input.communityStrategy);
    const fields = { placeToday: input.placeToday, ambition: input.ambition, claims, communityStrategyId };
    return context.services.stories.write(place.area, input.expectedVersion, fields, writtenBy);
  }

  @Mutation(() => StoryOfPlace, {
    description:
      'The LSP signs off the latest version (a partnership officer of the area); a later version needs its own sign-off.',
  })
  async signOffStoryOfPlace(
    @Arg('input') input: SignOffStoryOfPlaceInput,
    @Ctx() context: EvidenceContext,
  ): Promise<StoryOfPlace> {
    const place = await areaPlace(context, input.area);
    const signedOffBy = requireLspOfficer(context.caller, place);
    return context.services.stories.signOff(place.area, input.version, input.note, signedOffBy);
  }

  @FieldResolver(() => [StoryClaim])
  async claims(@Root() story: StoryOfPlace, @Ctx() context: EvidenceContext): Promise<StoryClaim[]> {
    const claims = await evidenceLoaders(context).claimsOfStory.load(story.id);
    return claims.map((claim) => Object.assign(claim, { areaCode: story.areaCode }));
  }

  @FieldResolver(() => CommunityStrategy, {
    nullable: true,
    description: 'The Sustainable Community Strategy this version draws on; null if none is linked.',
  })
  communityStrategy(@Root() story: StoryOfPlace, @Ctx() context: EvidenceContext): Promise<CommunityStrategy | null> {
    return story.communityStrategyId
      ? evidenceLoaders(context).communityStrategy.load(story.communityStrategyId)
      : Promise.resolve(null);
  }

  @FieldResolver(() => StorySignOff, {
    nullable: true,
    description: "The LSP's sign-off of this version; null until signed off.",
  })
  signOff(@Root() story: StoryOfPlace): StorySignOff | null {
    if (!story.signedOffAt || !story.signedOffBy) return null;
    return { signedOffBy: story.signedOffBy, signedOffAt: story.signedOffAt, note: story.signOffNote ?? '' };
  }
}

@Resolver(() => StoryClaim)
export class StoryClaimResolver {
  @FieldResolver(() => [IndicatorEvidence], {
    description: "The figures behind the claim: each indicator's series, trend and benchmark in the area.",
  })
  async evidence(@Root() claim: StoryClaim, @Ctx() context: EvidenceContext): Promise<IndicatorEvidence[]> {
    return Promise.all(claim.indicatorCodes.map((code) => evidenceOfIndicator(context, claim.areaCode, code)));
  }

  @FieldResolver(() => [SoftEvidence], { description: 'The soft intelligence behind the claim.' })
  async softEvidence(@Root() claim: StoryClaim, @Ctx() context: EvidenceContext): Promise<SoftEvidence[]> {
    const items = await evidenceLoaders(context).softEvidence.loadMany(claim.softEvidenceIds);
    return items.filter((item): item is SoftEvidence => item !== null && !(item instanceof Error));
  }
}

@Resolver(() => Area)
export class AreaStoryResolver {
  @FieldResolver(() => StoryOfPlace, {
    nullable: true,
    description: "The latest version of the area's story of place (draft readers of the area).",
  })
  async storyOfPlace(@Root() area: Area, @Ctx() context: EvidenceContext): Promise<StoryOfPlace | null> {
    return (await this.storyOfPlaceVersions(area, context))[0] ?? null;
  }

  @FieldResolver(() => [StoryOfPlace], {
    description: 'Every version of the story, newest first (draft readers of the area).',
  })
  async storyOfPlaceVersions(@Root() area: Area, @Ctx() context: EvidenceContext): Promise<StoryOfPlace[]> {
    requireEvidenceReader(context.caller, await areaPlace(context, area.code));
    return evidenceLoaders(context).storyVersionsOfArea.load(area.code);
  }
}
