import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by agreements; partners adds the departments' priority places its area is one of. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Agreement {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field()
  areaCode: string;
}
