import { notFound } from '@laa/errors';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { Region } from '../entities/region';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { description: 'The region this instance serves.' })
  async region(@Ctx() { services }: PartnersContext): Promise<Region> {
    const region = await services.areas.region();
    if (!region) throw notFound('Region', services.areas.regionCode);
    return region;
  }

  @FieldResolver(() => [Area], { description: "The region's upper-tier areas, by name." })
  areas(@Root() region: Region, @Ctx() context: PartnersContext): Promise<Area[]> {
    return partnersLoaders(context).areasOfRegion.load(region.code);
  }
}
