import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { DepartmentPriorityPlace } from '../entities/people';
import { PartnersContext } from './context';

/** The region's priority places are a short list: one statement per request, whatever asks. */
const priorityPlaces = ({ loaders, services }: PartnersContext) =>
  loaders.loader<'all', DepartmentPriorityPlace[]>('priorityPlacesOfRegion', async (keys) => {
    const places = await services.people.priorityPlaces(null);
    return keys.map(() => places);
  });

@Resolver(() => Agreement)
export class AgreementPriorityPlacesResolver {
  @Directive('@requires(fields: "areaCode")')
  @FieldResolver(() => [DepartmentPriorityPlace], {
    description:
      "The central departments' priorities for which this agreement's area is one of the places that matter most (public, as departments is), " +
      'by department and priority: what the negotiation must play into the mix.',
  })
  async departmentPriorityPlaces(
    @Root() agreement: Agreement,
    @Ctx() context: PartnersContext,
  ): Promise<DepartmentPriorityPlace[]> {
    const places = await priorityPlaces(context).load('all');
    return places.filter((p) => p.areaCode === agreement.areaCode);
  }
}
