import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PriorityCriterion } from './priority-criteria';

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A priority outcome of an area's agreement, tested against criteria and placed in a tier. Priorities first, indicators second, targets last.",
})
@Entity({ name: 'priority' })
export class Priority {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field({ description: 'The outcome, e.g. "Reducing alcohol related harm".' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Why it matters here (the story of place behind it).' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "Oldham's tiers: 1 designated and statutory targets, 2 local indicators driving LAA outcomes, 3 monitoring and milestones. Null until assessed.",
  })
  @Column({ type: 'int', nullable: true })
  tier: number | null;

  @Field(() => [PriorityCriterion], { description: 'The criteria the assessment found the priority meets.' })
  @Column({ type: 'text', name: 'criteria_met', array: true })
  criteriaMet: PriorityCriterion[];

  @Column({ type: 'text', name: 'assessed_by_id', nullable: true })
  assessedById: string | null;

  @Column({ type: 'text', name: 'assessed_by_name', nullable: true })
  assessedByName: string | null;

  @Field(() => String, { nullable: true, description: 'Why the assessor judged it so.' })
  @Column({ type: 'text', name: 'assessment_reason', nullable: true })
  assessmentReason: string | null;

  @Field(() => [String], {
    description: 'Other areas (2008 codes) sharing this priority (multi-area): it shows in their agreements too.',
  })
  @Column({ type: 'text', name: 'shared_with_areas', array: true })
  sharedWithAreas: string[];

  @Field(() => Date, {
    nullable: true,
    description: 'When it was removed from the agreement (removePriority); null while it stands.',
  })
  @Column({ type: 'timestamptz', name: 'removed_at', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'text', name: 'removed_by_id', nullable: true })
  removedById: string | null;

  @Column({ type: 'text', name: 'removed_by_name', nullable: true })
  removedByName: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was removed.' })
  @Column({ type: 'text', name: 'removal_reason', nullable: true })
  removalReason: string | null;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back when changing the priority.' })
  @Column({ type: 'int' })
  version: number;
}

@ObjectType({
  description: 'A cause-and-effect link: working on one priority contributes to another priority or to an indicator.',
})
@Entity({ name: 'priority_link' })
export class PriorityLink {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => ID, { description: 'The contributing priority.' })
  @Column({ type: 'uuid', name: 'from_priority_id' })
  fromPriorityId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The priority it contributes to (or null when it contributes to an indicator).',
  })
  @Column({ type: 'uuid', name: 'to_priority_id', nullable: true })
  toPriorityId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The indicator it contributes to (or null when it contributes to a priority).',
  })
  @Column({ type: 'text', name: 'to_indicator_code', nullable: true })
  toIndicatorCode: string | null;

  @Field({ description: 'How it contributes.' })
  @Column({ type: 'text' })
  description: string;
}
