import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by agreements: soft intelligence points at the priority outcomes it bears on. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Priority {
  @Field(() => ID)
  id: string;
}
