import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SimilarArea } from '../entities/similar-area';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

/** Evidence knows every area of England by name (a region's gateway only has its own areas through partners). */
export async function nameOf(context: EvidenceContext, code: string): Promise<string> {
  const areas = await evidenceLoaders(context).registeredAreas.load('all');
  return areas.find((a) => a.code === code)?.name ?? code;
}

@Resolver(() => SimilarArea)
export class SimilarAreaResolver {
  @FieldResolver(() => String, { description: "The similar area's name." })
  name(@Root() neighbour: SimilarArea, @Ctx() context: EvidenceContext): Promise<string> {
    return nameOf(context, neighbour.neighbourCode);
  }
}
