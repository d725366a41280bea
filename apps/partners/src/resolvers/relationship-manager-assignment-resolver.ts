import { notFound } from '@laa/errors';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Person, RelationshipManagerAssignment } from '../entities/people';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

@Resolver(() => RelationshipManagerAssignment)
export class RelationshipManagerAssignmentResolver {
  @FieldResolver(() => Person, { description: 'The relationship manager of this spell.' })
  async person(@Root() spell: RelationshipManagerAssignment, @Ctx() context: PartnersContext): Promise<Person> {
    const person = await partnersLoaders(context).person.load(spell.personId);
    if (!person) throw notFound('Person', spell.personId);
    return person;
  }
}
