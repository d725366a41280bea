import { Department } from '@laa/domain';
import { Access, Role, SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Person, RelationshipManagerAssignment } from '../entities/people';
import { PartnersContext } from './context';
import { RelationshipManagerChangeInput, PersonInput } from './people.inputs';
import { CentralDepartment } from '../entities/central-department';

@Resolver()
export class PeopleMutationResolver {
  @Query(() => [CentralDepartment], {
    description:
      'Central departments and, for each of their priorities, the places of this region that matter most (public).',
  })
  async departments(
    @Arg('department', () => Department, { nullable: true }) department: Department | null,
    @Ctx() { services }: PartnersContext,
  ): Promise<CentralDepartment[]> {
    const places = await services.people.priorityPlaces(department);
    const departments = [...new Set(places.map((p) => p.department))];
    return departments.map((d) => ({ department: d, priorityPlaces: places.filter((p) => p.department === d) }));
  }

  @Authorized(Access.regionStaff)
  @Mutation(() => RelationshipManagerAssignment, {
    description:
      "Changes an area's GO relationship manager: GO staff of the region. The previous spell ends and is kept; there is always exactly one current.",
  })
  changeRelationshipManager(
    @Arg('input') input: RelationshipManagerChangeInput,
    @SignedInPerson() staff: SignedIn,
    @Ctx() { services }: PartnersContext,
  ): Promise<RelationshipManagerAssignment> {
    return services.people.changeRelationshipManager(staff, input);
  }

  @Authorized(Access.regionStaff, Access.roles(Role.PARTNERSHIP_OFFICER))
  @Mutation(() => Person, {
    description:
      'Adds a person with their role: GO staff of the region, or a partnership officer for the people of their area.',
  })
  addPerson(
    @Arg('input') input: PersonInput,
    @SignedInPerson() caller: SignedIn,
    @Ctx() { services }: PartnersContext,
  ): Promise<Person> {
    return services.people.addPerson(caller, input);
  }

  @Authorized(Access.regionStaff, Access.roles(Role.PARTNERSHIP_OFFICER))
  @Mutation(() => Person, {
    description: 'Removes a person from the current lists (kept for history): the same people as addPerson.',
  })
  removePerson(
    @Arg('id', () => ID) id: string,
    @SignedInPerson() caller: SignedIn,
    @Ctx() { services }: PartnersContext,
  ): Promise<Person> {
    return services.people.removePerson(caller, id);
  }
}
