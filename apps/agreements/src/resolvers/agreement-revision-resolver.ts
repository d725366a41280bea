import { FieldResolver, Resolver, Root } from 'type-graphql';
import { AgreementRevision } from '../entities/agreement-revision';
import { Person } from '../entities/person';

@Resolver(() => AgreementRevision)
export class AgreementRevisionResolver {
  @FieldResolver(() => Person, { description: 'Who made the change.' })
  changedBy(@Root() revision: AgreementRevision): Person {
    return { id: revision.changedById, name: revision.changedByName };
  }
}
