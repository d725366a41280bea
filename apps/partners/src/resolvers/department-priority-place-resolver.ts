import { notFound } from '@laa/errors';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { DepartmentPriorityPlace } from '../entities/people';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

@Resolver(() => DepartmentPriorityPlace)
export class DepartmentPriorityPlaceResolver {
  @FieldResolver(() => Area)
  async area(@Root() place: DepartmentPriorityPlace, @Ctx() context: PartnersContext): Promise<Area> {
    const area = await partnersLoaders(context).area.load(place.areaCode);
    if (!area) throw notFound('Area', place.areaCode);
    return area;
  }
}
