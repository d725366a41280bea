import { Access } from '@laa/identity';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { Person, RelationshipManagerAssignment, ThematicPartnership } from '../entities/people';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

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
