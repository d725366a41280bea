import { notFound } from '@laa/errors';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { District } from '../entities/district';
import { Partnership } from '../entities/partnership';
import { Region } from '../entities/region';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => [Area], { description: 'Every upper-tier area of this region, by name.' })
  areas(@Ctx() { services }: PartnersContext): Promise<Area[]> {
    return services.areas.areas();
  }

  @Query(() => Area, {
    nullable: true,
    description: 'One area by its 2008 SNAC code (00CG) or its GSS code (E08000019).',
  })
  area(@Arg('code') code: string, @Ctx() { services }: PartnersContext): Promise<Area | null> {
    return services.areas.areaByAnyCode(code);
  }

  @FieldResolver(() => Region)
  async region(@Root() area: Area, @Ctx() context: PartnersContext): Promise<Region> {
    const region = await partnersLoaders(context).region.load(area.regionCode);
    if (!region) throw notFound('Region', area.regionCode);
    return region;
  }

  @FieldResolver(() => [District], { description: 'Shire districts, for two-tier counties; empty otherwise.' })
  districts(@Root() area: Area, @Ctx() context: PartnersContext): Promise<District[]> {
    return partnersLoaders(context).districts.load(area.code);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: "The area's Local Strategic Partnership." })
  partnership(@Root() area: Area, @Ctx() context: PartnersContext): Promise<Partnership | null> {
    return partnersLoaders(context).partnership.load(area.code);
  }
}
