import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { CommunityStrategy } from '../entities/community-strategy';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

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
