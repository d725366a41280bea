import { FieldResolver, Resolver, Root } from 'type-graphql';
import { NegotiationPointEvent } from '../entities/negotiation-point';
import { Person } from '../entities/person';

@Resolver(() => NegotiationPointEvent)
export class NegotiationPointEventResolver {
  @FieldResolver(() => Person, { description: 'Who took the step.' })
  by(@Root() event: NegotiationPointEvent): Person {
    return { id: event.byId, name: event.byName };
  }
}
