import { Directive, Field, ID, ObjectType } from 'type-graphql';

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

/** Owned by partners; agreements adds the targets a member leads or contributes to (commitments). */
@Directive('@key(fields: "id")')
@ObjectType()
export class PartnershipMember {
  @Field(() => ID)
  id: string;
}
