import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by agreements; sign-off adds Agreement.signOff. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Agreement {
  @Field(() => ID)
  id: string;
}
