import { IntendedDirection, Theme } from '@laa/domain';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { calendarDate } from './date-column';
import { TargetKind } from './target-kind';

@ObjectType({ description: 'The starting point a target is measured from; a target without one is a placeholder.' })
export class Baseline {
  @Field(() => Float)
  value: number;

  @Field({ description: 'The period of the baseline value, e.g. 2007/08.' })
  period: string;

  @Field()
  source: string;

  @Field({ description: 'True while the baseline figure is provisional.' })
  provisional: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'A target of an agreement: an indicator, its baseline and a level for each of the three years.',
})
@Entity({ name: 'target' })
export class Target {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => TargetKind)
  @Column({ type: 'text' })
  kind: TargetKind;

  @Field({
    description:
      "The indicator's code (NI116, or a local indicator's code): the same as indicator.code, as a plain value other subgraphs can require.",
  })
  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @Field(() => Theme)
  @Column({ type: 'text' })
  theme: Theme;

  @Column({ type: 'double precision', name: 'baseline_value', nullable: true })
  baselineValue: number | null;

  @Column({ type: 'text', name: 'baseline_period', nullable: true })
  baselinePeriod: string | null;

  @Column({ type: 'text', name: 'baseline_source', nullable: true })
  baselineSource: string | null;

  @Column({ type: 'boolean', name: 'baseline_provisional' })
  baselineProvisional: boolean;

  @Field(() => [Float], {
    nullable: 'items',
    description: 'Target levels for years 1, 2 and 3; null where not yet set.',
  })
  @Column({ type: 'double precision', array: true })
  levels: (number | null)[];

  @Field(() => String, {
    nullable: true,
    description:
      'For a placeholder (baseline missing or provisional): the date (YYYY-MM-DD) by which the baseline must be set.',
  })
  @Column({ type: 'date', name: 'baseline_due_by', nullable: true, transformer: calendarDate })
  baselineDueBy: string | null;

  @Field(() => IntendedDirection, {
    nullable: true,
    description:
      "The direction the levels should move in, as the editor stated it: needed before levels are set where the indicator's polarity is not known (see directionBasis).",
  })
  @Column({ type: 'text', name: 'intended_direction', nullable: true })
  intendedDirection: IntendedDirection | null;

  @Field(() => String, {
    nullable: true,
    description: 'The title of a local indicator (local targets whose indicator is not in the national set).',
  })
  @Column({ type: 'text', name: 'local_indicator_title', nullable: true })
  localIndicatorTitle: string | null;

  /** Why the partnership wants this target although the area may already perform strongly (draft content: resolved with an access check). */
  @Column({ type: 'text', name: 'local_reason', nullable: true })
  localReason: string | null;

  @Column({ type: 'uuid', name: 'lead_partner_id', nullable: true })
  leadPartnerId: string | null;

  @Column({ type: 'uuid', name: 'contributing_partner_ids', array: true })
  contributingPartnerIds: string[];

  @Column({ type: 'uuid', name: 'priority_id', nullable: true })
  priorityId: string | null;

  @Field(() => [String], {
    description: 'Other areas (2008 codes) sharing this target (multi-area): it shows in their agreements too.',
  })
  @Column({ type: 'text', name: 'shared_with_areas', array: true })
  sharedWithAreas: string[];

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back when changing the target.' })
  @Column({ type: 'int' })
  version: number;
}
