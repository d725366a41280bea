import { Directive, Field, ObjectType } from 'type-graphql';

/** Owned by partners; agreements adds Area.agreement. */
@Directive('@key(fields: "code")')
@ObjectType()
export class Area {
  @Field()
  code: string;
}

/** Owned by evidence; a target only points at it. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType()
export class Indicator {
  @Field()
  code: string;
}
