import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { calendarDate } from './date-column';

export enum DeferralStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(DeferralStatus, {
  name: 'BaselineDeferralStatus',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; the GO has not decided.' },
    APPROVED: {
      description:
        'Approved by the GO (relationship manager, Deputy or Regional Director): the target may be signed without its baseline, which is due by dueBy.',
    },
    REFUSED: { description: 'Refused by the GO: the target needs its baseline before signature (or a new request).' },
  },
});

/**
 * The 2008 practice for a target whose reliable baseline is not yet to hand: a deferral the GO approves, with the
 * date the baseline is due. Signature needs a reliable baseline for every designated and statutory target, or this.
 */
@ObjectType({
  description:
    "A recorded deferral of a target's baseline: who asked and why, the GO's decision and the date the baseline is due.",
})
@Entity({ name: 'baseline_deferral' })
export class BaselineDeferral {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'target_id' })
  targetId: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => DeferralStatus)
  @Column({ type: 'text' })
  status: DeferralStatus;

  @Field({ description: 'Why the baseline cannot be set yet (e.g. the first survey results are due in the autumn).' })
  @Column({ type: 'text' })
  reason: string;

  @Field({ description: 'YYYY-MM-DD: the date by which the baseline must be set.' })
  @Column({ type: 'date', name: 'due_by', transformer: calendarDate })
  dueBy: string;

  @Field({ description: 'Who asked for the deferral.' })
  @Column({ type: 'text', name: 'requested_by' })
  requestedBy: string;

  @Field({ description: 'The role in which they asked (a partnership officer, or a GO role).' })
  @Column({ type: 'text', name: 'requested_by_role' })
  requestedByRole: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'requested_at' })
  requestedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who decided for the GO.' })
  @Column({ type: 'text', name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'RELATIONSHIP_MANAGER, DEPUTY_REGIONAL_DIRECTOR or REGIONAL_DIRECTOR.',
  })
  @Column({ type: 'text', name: 'decided_by_role', nullable: true })
  decidedByRole: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'decision_reason', nullable: true })
  decisionReason: string | null;
}
