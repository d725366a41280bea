import { Access } from '@laa/identity';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Person } from '../entities/people';
import { Region } from '../entities/region';
import { PartnersContext } from './context';

@Resolver(() => Region)
export class RegionPeopleResolver {
  @Authorized(Access.signedIn)
  @FieldResolver(() => [Person], {
    description:
      "The GO's staff: the Regional Director, Deputy Regional Directors, theme leads and relationship managers (signed-in callers).",
  })
  people(@Root() _region: Region, @Ctx() context: PartnersContext): Promise<Person[]> {
    return context.services.people.regionStaff();
  }
}
