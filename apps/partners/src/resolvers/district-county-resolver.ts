import { notFound } from '@laa/errors';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { District } from '../entities/district';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

@Resolver(() => District)
export class DistrictCountyResolver {
  @FieldResolver(() => Area, {
    description: "The county whose Sustainable Community Strategy this district's community strategy feeds.",
  })
  async feedsCountyStrategyOf(@Root() district: District, @Ctx() context: PartnersContext): Promise<Area> {
    const area = await partnersLoaders(context).area.load(district.countyCode);
    if (!area) throw notFound('Area', district.countyCode);
    return area;
  }
}
