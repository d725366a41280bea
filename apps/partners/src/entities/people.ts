import { Department, Theme } from '@laa/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ThematicPartnershipKind {
  CHILDRENS_TRUST = 'CHILDRENS_TRUST',
  CRIME_AND_DISORDER_REDUCTION = 'CRIME_AND_DISORDER_REDUCTION',
  HEALTH_AND_WELLBEING = 'HEALTH_AND_WELLBEING',
  ECONOMIC_PARTNERSHIP = 'ECONOMIC_PARTNERSHIP',
}
registerEnumType(ThematicPartnershipKind, {
  name: 'ThematicPartnershipKind',
  description: 'The thematic partnerships under an LSP.',
  valuesConfig: {
    CHILDRENS_TRUST: { description: "Children's Trust." },
    CRIME_AND_DISORDER_REDUCTION: { description: 'Crime and Disorder Reduction Partnership (CDRP).' },
    HEALTH_AND_WELLBEING: { description: 'Health and wellbeing partnership.' },
    ECONOMIC_PARTNERSHIP: { description: 'Economic or employment and skills partnership.' },
  },
});

export enum PersonRole {
  RELATIONSHIP_MANAGER = 'RELATIONSHIP_MANAGER',
  THEME_LEAD = 'THEME_LEAD',
  DEPUTY_REGIONAL_DIRECTOR = 'DEPUTY_REGIONAL_DIRECTOR',
  REGIONAL_DIRECTOR = 'REGIONAL_DIRECTOR',
  COUNCILLOR = 'COUNCILLOR',
  DEPARTMENT_CONTACT = 'DEPARTMENT_CONTACT',
  PARTNER_OFFICER = 'PARTNER_OFFICER',
}
registerEnumType(PersonRole, {
  name: 'PersonRole',
  description:
    'What a person does in the LAA: GO staff (region), councillors and partner officers (area), department contacts.',
});

@ObjectType({ description: "A thematic partnership of an area (Children's Trust, CDRP, ...), accountable to the LSP." })
@Entity({ name: 'thematic_partnership' })
export class ThematicPartnership {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Field(() => ThematicPartnershipKind)
  @Column({ type: 'text' })
  kind: ThematicPartnershipKind;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}

@ObjectType('Contact', {
  description:
    'A named person and their role: GO staff of the region, or a councillor, partner officer or department contact for an area. Signed-in callers only.',
})
@Entity({ name: 'person' })
export class Person {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'text', name: 'region_code' })
  regionCode: string;

  @Field(() => String, {
    nullable: true,
    description: 'The area (2008 code) for area roles; null for GO staff of the whole region.',
  })
  @Column({ type: 'text', name: 'area_code', nullable: true })
  areaCode: string | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => PersonRole)
  @Column({ type: 'text' })
  role: PersonRole;

  @Field({
    description:
      'The role in their own words: "Leader", "Cabinet member for children", "Scrutiny chair", "Theme lead, children and young people".',
  })
  @Column({ type: 'text' })
  title: string;

  @Field(() => Theme, { nullable: true, description: 'For theme leads.' })
  @Column({ type: 'text', nullable: true })
  theme: Theme | null;

  @Field(() => Department, { nullable: true, description: 'For department contacts.' })
  @Column({ type: 'text', nullable: true })
  department: Department | null;

  @Column({ type: 'uuid', name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @Field({ description: 'True for generated demo data (no real person).' })
  @Column({ type: 'boolean' })
  synthetic: boolean;

  @Column({ type: 'timestamptz', name: 'removed_at', nullable: true })
  removedAt: Date | null;
}

@ObjectType({
  description: "A spell as an area's GO relationship (locality) manager: one current at a time, every change kept.",
})
@Entity({ name: 'relationship_manager_assignment' })
export class RelationshipManagerAssignment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Column({ type: 'uuid', name: 'person_id' })
  personId: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'assigned_at' })
  assignedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while current.' })
  @Column({ type: 'timestamptz', name: 'ended_at', nullable: true })
  endedAt: Date | null;

  @Field({ description: 'Who made the change.' })
  @Column({ type: 'text', name: 'assigned_by' })
  assignedBy: string;

  @Field()
  @Column({ type: 'text' })
  reason: string;
}

@ObjectType({ description: "A place that matters most to one of a central department's priorities." })
@Entity({ name: 'department_priority_place' })
export class DepartmentPriorityPlace {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => Department)
  @Column({ type: 'text' })
  department: Department;

  @Field({
    description: 'The department\'s priority, e.g. "Reducing young people not in education, employment or training".',
  })
  @Column({ type: 'text' })
  priority: string;

  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Field({ description: 'Why this place matters to the priority.' })
  @Column({ type: 'text' })
  why: string;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}
