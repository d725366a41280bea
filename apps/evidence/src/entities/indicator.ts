import { Department, Polarity, ReferenceStatus, Theme } from '@laa/domain';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Directive('@key(fields: "code")')
@ObjectType({
  simpleResolvers: true,
  description:
    'An indicator: one of the national indicator set (NI1 to NI199; NI31 withdrawn) or a local one. ' +
    'Each reference value carries its status: anything but SOURCED must be shown as unverified.',
})
@Entity({ name: 'indicator' })
export class Indicator {
  @Field({ description: 'NI1 ... NI199 for the national set.' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => Int, { nullable: true, description: 'The national indicator number; null for local indicators.' })
  @Column({ type: 'int', nullable: true })
  number: number | null;

  @Field({ description: "False for the national indicator set, true for an area's local indicator." })
  @Column({ type: 'boolean' })
  local: boolean;

  @Field(() => String, { nullable: true, description: 'The title; check titleStatus before relying on it.' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => ReferenceStatus, { description: 'SOURCED, UNVERIFIED (recalled, to be checked) or MISSING.' })
  @Column({ type: 'text', name: 'title_status' })
  titleStatus: ReferenceStatus;

  @Field({ description: 'Withdrawn indicators (NI31) stay for history but are not listed by default.' })
  @Column({ type: 'boolean' })
  withdrawn: boolean;

  @Field(() => Theme, {
    description: 'LAA theme, mapped by the platform from the Handbook annex (no source gives the mapping).',
  })
  @Column({ type: 'text' })
  theme: Theme;

  @Field(() => ReferenceStatus)
  @Column({ type: 'text', name: 'theme_status' })
  themeStatus: ReferenceStatus;

  @Field(() => String, { nullable: true, description: 'The annex of the 2008 Handbook of Definitions.' })
  @Column({ type: 'text', name: 'handbook_annex', nullable: true })
  handbookAnnex: string | null;

  @Field(() => ReferenceStatus)
  @Column({ type: 'text', name: 'handbook_annex_status' })
  handbookAnnexStatus: ReferenceStatus;

  @Field(() => Department, { nullable: true })
  @Column({ type: 'text', nullable: true })
  department: Department | null;

  @Field(() => ReferenceStatus)
  @Column({ type: 'text', name: 'department_status' })
  departmentStatus: ReferenceStatus;

  @Field(() => String, { nullable: true, description: 'The department as the source words it, where that says more.' })
  @Column({ type: 'text', name: 'department_note', nullable: true })
  departmentNote: string | null;

  @Field(() => Polarity, { nullable: true, description: 'Which direction is an improvement; null where unknown.' })
  @Column({ type: 'text', nullable: true })
  polarity: Polarity | null;

  @Field(() => ReferenceStatus)
  @Column({ type: 'text', name: 'polarity_status' })
  polarityStatus: ReferenceStatus;

  @Field({
    description:
      'In the statutory DCSF education and early years set at some time; statutoryMemberships says when (statutorySet(on) for a day).',
  })
  @Column({ type: 'boolean', name: 'statutory_dcsf' })
  statutoryDcsf: boolean;

  @Field(() => ReferenceStatus, {
    description:
      'INFERRED for the recalled 2008 list (see statutoryMemberships.reason); SOURCED once a steward corrects it.',
  })
  @Column({ type: 'text', name: 'statutory_dcsf_status' })
  statutoryDcsfStatus: ReferenceStatus;

  @Field(() => String, { nullable: true, description: 'The 2008 outcome group (unverified boundaries).' })
  @Column({ type: 'text', name: 'outcome_group', nullable: true })
  outcomeGroup: string | null;

  @Field(() => [String], { description: 'Where the reference values come from.' })
  @Column({ type: 'text', array: true })
  sources: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a local indicator, the area that defined it; null for the national set.',
  })
  @Column({ type: 'text', name: 'owner_area_code', nullable: true })
  ownerArea: string | null;

  @Field(() => String, { nullable: true, description: 'For a local indicator, its definition as the area gave it.' })
  @Column({ type: 'text', nullable: true })
  definition: string | null;

  @Column({ type: 'text', name: 'defined_by', nullable: true })
  definedBy: string | null;

  @Field(() => Int, {
    description:
      "Increases each time a re-import of the reference data or a steward's correction changes this indicator.",
  })
  @Column({ type: 'int' })
  revision: number;
}
