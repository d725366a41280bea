import { Department, Theme } from '@laa/domain';
import { notFound } from '@laa/errors';
import { Access, Role, SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Area } from '../entities/area';
import { District } from '../entities/district';
import { PartnershipMember } from '../entities/partnership';
import {
  DepartmentPriorityPlace,
  Person,
  PersonRole,
  RelationshipManagerAssignment,
  ThematicPartnership,
} from '../entities/people';
import { Region } from '../entities/region';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

@InputType({ description: 'A new relationship manager for an area, and why the change.' })
export class RelationshipManagerChangeInput {
  @Field()
  @Matches(/^[0-9A-Z]{2,4}$/, { message: 'areaCode must be a 2008 area code such as 00CG' })
  areaCode: string;

  @Field({ description: "The new relationship manager's name." })
  @Length(2, 200)
  name: string;

  @Field()
  @Length(3, 2000)
  reason: string;
}

@InputType({ description: 'A person and their role.' })
export class PersonInput {
  @Field(() => String, {
    nullable: true,
    description: 'The area, for area roles (councillor, partner officer, department contact); none for GO staff.',
  })
  @IsOptional()
  @Matches(/^[0-9A-Z]{2,4}$/, { message: 'areaCode must be a 2008 area code such as 00CG' })
  areaCode?: string | null;

  @Field()
  @Length(2, 200)
  name: string;

  @Field(() => PersonRole)
  role: PersonRole;

  @Field({
    description: 'The role in their own words, e.g. "Leader", "Cabinet member for children", "Scrutiny chair".',
  })
  @Length(2, 200)
  title: string;

  @Field(() => Theme, { nullable: true })
  theme?: Theme | null;

  @Field(() => Department, { nullable: true })
  department?: Department | null;

  @Field(() => ID, {
    nullable: true,
    description: "For partner officers: the member of the area's LSP they work for (PartnershipMember id).",
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a partnership member id (a UUID)' })
  organisationId?: string | null;
}

@ObjectType({ description: 'A central department and the places that matter most to each of its priorities.' })
export class CentralDepartment {
  @Field(() => Department)
  department: Department;

  @Field(() => [DepartmentPriorityPlace], { description: 'Priority and place pairs, by priority.' })
  priorityPlaces: DepartmentPriorityPlace[];
}

@Resolver(() => Area)
export class AreaPeopleResolver {
  @FieldResolver(() => [ThematicPartnership], {
    description: "The area's thematic partnerships (Children's Trust, CDRP, ...): public.",
  })
  thematicPartnerships(@Root() area: Area, @Ctx() context: PartnersContext): Promise<ThematicPartnership[]> {
    return partnersLoaders(context).thematic.load(area.code);
  }

  @Authorized(Access.signedIn)
  @FieldResolver(() => [Person], {
    description:
      'Councillors with their roles, partner officers and department contacts of the area (signed-in callers).',
  })
  people(@Root() area: Area, @Ctx() context: PartnersContext): Promise<Person[]> {
    return partnersLoaders(context).people.load(area.code);
  }

  @Authorized(Access.signedIn)
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The GO relationship (locality) manager now (signed-in callers).',
  })
  async relationshipManager(@Root() area: Area, @Ctx() context: PartnersContext): Promise<Person | null> {
    const current = (await partnersLoaders(context).managerSpells.load(area.code)).find((s) => !s.endedAt);
    return current ? partnersLoaders(context).person.load(current.personId) : null;
  }

  @Authorized(Access.signedIn)
  @FieldResolver(() => [RelationshipManagerAssignment], {
    description:
      'Every relationship manager the area has had, newest first, with who changed it and why (signed-in callers).',
  })
  relationshipManagerHistory(
    @Root() area: Area,
    @Ctx() context: PartnersContext,
  ): Promise<RelationshipManagerAssignment[]> {
    return partnersLoaders(context).managerSpells.load(area.code);
  }
}

@Resolver(() => RelationshipManagerAssignment)
export class RelationshipManagerAssignmentResolver {
  @FieldResolver(() => Person, { description: 'The relationship manager of this spell.' })
  async person(@Root() spell: RelationshipManagerAssignment, @Ctx() context: PartnersContext): Promise<Person> {
    const person = await partnersLoaders(context).person.load(spell.personId);
    if (!person) throw notFound('Person', spell.personId);
    return person;
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => PartnershipMember, {
    nullable: true,
    description: 'The partner organisation a partner officer works for.',
  })
  organisation(@Root() person: Person, @Ctx() context: PartnersContext): Promise<PartnershipMember | null> | null {
    return person.organisationId ? partnersLoaders(context).member.load(person.organisationId) : null;
  }
}

@Resolver(() => DepartmentPriorityPlace)
export class DepartmentPriorityPlaceResolver {
  @FieldResolver(() => Area)
  async area(@Root() place: DepartmentPriorityPlace, @Ctx() context: PartnersContext): Promise<Area> {
    const area = await partnersLoaders(context).area.load(place.areaCode);
    if (!area) throw notFound('Area', place.areaCode);
    return area;
  }
}

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
