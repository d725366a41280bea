import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { StoryOfPlace } from '../entities/story-of-place';
import { requireEvidenceReader } from '../services/evidence-access';
import { areaPlace } from './area-place';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

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
