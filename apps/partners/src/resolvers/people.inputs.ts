import { Department, Theme } from '@laa/domain';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PersonRole } from '../entities/people';

@InputType({ description: 'A new relationship manager for an area, and why the change.' })
export class RelationshipManagerChangeInput {
  @Field()
  @Matches(/^[0-9A-Z]{2,4}$/, { message: 'areaCode must be a 2008 area code such as 00CG' })
  areaCode: string;

  @Field({ description: "The new relationship manager's name." })
  @Length(2, 200)
  name: string;

  @Field()
  @Length(3, 2000)
  reason: string;
}

@InputType({ description: 'A person and their role.' })
export class PersonInput {
  @Field(() => String, {
    nullable: true,
    description: 'The area, for area roles (councillor, partner officer, department contact); none for GO staff.',
  })
  @IsOptional()
  @Matches(/^[0-9A-Z]{2,4}$/, { message: 'areaCode must be a 2008 area code such as 00CG' })
  areaCode?: string | null;

  @Field()
  @Length(2, 200)
  name: string;

  @Field(() => PersonRole)
  role: PersonRole;

  @Field({
    description: 'The role in their own words, e.g. "Leader", "Cabinet member for children", "Scrutiny chair".',
  })
  @Length(2, 200)
  title: string;

  @Field(() => Theme, { nullable: true })
  theme?: Theme | null;

  @Field(() => Department, { nullable: true })
  department?: Department | null;

  @Field(() => ID, {
    nullable: true,
    description: "For partner officers: the member of the area's LSP they work for (PartnershipMember id).",
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a partnership member id (a UUID)' })
  organisationId?: string | null;
}
