import { Directive, Field, ObjectType } from 'type-graphql';

/** The partners subgraph owns Area; evidence adds the area's indicator values. */
@Directive('@key(fields: "code")')
@ObjectType()
export class Area {
  @Field()
  code: string;
}
