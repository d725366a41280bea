import { calendarDate } from '@laa/database';
import { Theme } from '@laa/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The kinds of "soft" intelligence the source names beside hard data. */
export enum SoftEvidenceKind {
  CONSULTATION = 'CONSULTATION',
  RESIDENT_SURVEY = 'RESIDENT_SURVEY',
  CITIZENS_PANEL = 'CITIZENS_PANEL',
  INSPECTION_FINDING = 'INSPECTION_FINDING',
  PARTNER_KNOWLEDGE = 'PARTNER_KNOWLEDGE',
  POLITICAL_AMBITION = 'POLITICAL_AMBITION',
  EQUALITIES_IMPACT_ASSESSMENT = 'EQUALITIES_IMPACT_ASSESSMENT',
  SUSTAINABILITY_APPRAISAL = 'SUSTAINABILITY_APPRAISAL',
  JOINT_STRATEGIC_NEEDS_ASSESSMENT = 'JOINT_STRATEGIC_NEEDS_ASSESSMENT',
}
registerEnumType(SoftEvidenceKind, {
  name: 'SoftEvidenceKind',
  description: 'What kind of qualitative evidence an item is.',
  // The three assessments the source names as evidence the LAA must draw on, beside the intelligence above.
  valuesConfig: {
    EQUALITIES_IMPACT_ASSESSMENT: {
      description: 'An equalities impact assessment of the priorities or the draft agreement.',
    },
    SUSTAINABILITY_APPRAISAL: {
      description: 'A sustainability appraisal (of the Sustainable Community Strategy or the plans it rests on).',
    },
    JOINT_STRATEGIC_NEEDS_ASSESSMENT: {
      description: 'The joint strategic needs assessment of the council and the PCT.',
    },
  },
});

@ObjectType({
  description:
    'Qualitative evidence about an area (consultation results, surveys, inspection findings, partner knowledge), linked to the indicators and priorities it bears on.',
})
@Entity({ name: 'soft_evidence' })
export class SoftEvidence {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field({ description: "The area's 2008 code." })
  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Field(() => SoftEvidenceKind)
  @Column({ type: 'text' })
  kind: SoftEvidenceKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'What it found or says.' })
  @Column({ type: 'text' })
  summary: string;

  @Field({ description: 'Who produced it, e.g. "Citizens\' panel, March 2007" or "Ofsted APA 2007".' })
  @Column({ type: 'text' })
  source: string;

  @Field({ description: 'When it was produced (YYYY-MM-DD).' })
  @Column({ type: 'date', transformer: calendarDate })
  dated: string;

  @Field(() => Theme)
  @Column({ type: 'text' })
  theme: Theme;

  @Field(() => [String], { description: 'Codes of the indicators it bears on.' })
  @Column({ type: 'text', array: true, name: 'indicator_codes' })
  indicatorCodes: string[];

  @Column({ type: 'uuid', array: true, name: 'priority_ids' })
  priorityIds: string[];

  @Field({ description: 'Who recorded it.' })
  @Column({ type: 'text', name: 'recorded_by' })
  recordedBy: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back when changing the item.' })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}
