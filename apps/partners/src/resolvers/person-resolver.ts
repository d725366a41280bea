import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PartnershipMember } from '../entities/partnership';
import { Person } from '../entities/people';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

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
