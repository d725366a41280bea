import { ArrayMaxSize, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Directive, Field, InputType } from 'type-graphql';

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

@Directive('@inaccessible')
@InputType({ description: 'One period of an indicator in the statutory set, as evidence holds it.' })
export class HeldMembershipInput {
  @Field()
  @Matches(DAY)
  from: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DAY)
  to?: string | null;

  @Field()
  @Length(1, 40)
  status: string;

  @Field()
  @Length(1, 4000)
  reason: string;

  @Field()
  @Length(1, 200)
  origin: string;
}

@Directive('@inaccessible')
@InputType({ description: "An indicator's statutory memberships after a data steward's correction." })
export class StatutoryMembershipsInput {
  @Field()
  @Matches(/^NI\d{1,3}$/)
  indicatorCode: string;

  @Field(() => [HeldMembershipInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  memberships: HeldMembershipInput[];
}
