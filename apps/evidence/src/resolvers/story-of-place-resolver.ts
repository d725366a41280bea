import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CommunityStrategy } from '../entities/community-strategy';
import { StoryClaim, StoryOfPlace, StorySignOff } from '../entities/story-of-place';
import { requireLspOfficer, requireStoryWriter } from '../services/evidence-access';
import { areaPlace } from './area-place';
import { checkCommunityStrategyLink } from './community-strategy-resolver';
import { EvidenceContext } from './context';
import { checkIndicatorLinks, checkSoftEvidenceLinks } from './evidence-links';
import { evidenceLoaders } from './loaders';
import { WriteStoryOfPlaceInput, SignOffStoryOfPlaceInput } from './story-of-place.inputs';

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
