import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Partnership, PartnershipMember } from '../entities/partnership';
import { PartnersContext } from './context';
import { partnersLoaders } from './loaders';

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => [PartnershipMember])
  members(@Root() partnership: Partnership, @Ctx() context: PartnersContext): Promise<PartnershipMember[]> {
    return partnersLoaders(context).members.load(partnership.id);
  }
}
