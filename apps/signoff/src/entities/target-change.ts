import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum TargetChangeKind {
  CHANGE_LEVELS = 'CHANGE_LEVELS',
  CHANGE_BASELINE = 'CHANGE_BASELINE',
  ADD_DESIGNATED = 'ADD_DESIGNATED',
  REMOVE_DESIGNATED = 'REMOVE_DESIGNATED',
}
registerEnumType(TargetChangeKind, {
  name: 'TargetChangeKind',
  description: 'What a refresh of a signed agreement changes.',
  valuesConfig: {
    CHANGE_LEVELS: { description: 'New levels for an existing designated or statutory target.' },
    CHANGE_BASELINE: {
      description:
        'A new baseline for an existing designated or statutory target (e.g. a deferred baseline now to hand): the GO approves.',
    },
    ADD_DESIGNATED: { description: 'A new designated target (always Ministers).' },
    REMOVE_DESIGNATED: { description: 'Dropping a designated target (always Ministers).' },
  },
});

export enum ApprovalLevel {
  GOVERNMENT_OFFICE = 'GOVERNMENT_OFFICE',
  MINISTERS = 'MINISTERS',
}
registerEnumType(ApprovalLevel, {
  name: 'ApprovalLevel',
  description: 'Who must approve a change to a signed agreement.',
  valuesConfig: {
    GOVERNMENT_OFFICE: {
      description: 'The GO (Regional Director or Deputy Regional Director): level changes within the tolerance.',
    },
    MINISTERS: {
      description: 'A Minister: adding or removing designated targets, or level changes beyond the tolerance.',
    },
  },
});

export enum TargetChangeStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  APPLIED = 'APPLIED',
}
registerEnumType(TargetChangeStatus, {
  name: 'TargetChangeStatus',
  valuesConfig: {
    REQUESTED: { description: 'Waiting for approval.' },
    APPROVED: { description: 'Approved: the target is reopened for the change and a new sign-off.' },
    REJECTED: { description: 'Refused; the signed target stands.' },
    APPLIED: { description: 'Changed and signed off again: a new signed version of the agreement was recorded.' },
  },
});

@ObjectType({ description: 'A baseline as a refresh names it.' })
export class ChangeBaseline {
  @Field(() => Float)
  value: number;

  @Field()
  period: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the figure comes from (null for the baseline as signed, which sign-off keeps without it).',
  })
  source: string | null;

  @Field(() => Boolean, { nullable: true })
  provisional: boolean | null;
}

@ObjectType({
  description: 'Controlled refresh: a requested change to one target of a signed agreement, and its approval.',
})
@Entity({ name: 'target_change_request' })
export class TargetChangeRequest {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => ID, { nullable: true, description: 'The target reopened (null when adding a designated target).' })
  @Column({ type: 'uuid', name: 'target_id', nullable: true })
  targetId: string | null;

  @Field(() => TargetChangeKind)
  @Column({ type: 'text' })
  change: TargetChangeKind;

  @Field(() => [Float], { nullable: 'itemsAndList', description: 'The levels as signed.' })
  @Column({ type: 'double precision', array: true, name: 'current_levels', nullable: true })
  currentLevels: (number | null)[] | null;

  @Field(() => [Float], { nullable: 'itemsAndList', description: 'The levels proposed.' })
  @Column({ type: 'double precision', array: true, name: 'proposed_levels', nullable: true })
  proposedLevels: (number | null)[] | null;

  @Field(() => ChangeBaseline, {
    nullable: true,
    description: 'CHANGE_BASELINE: the baseline as signed (null where it was deferred).',
  })
  @Column({ type: 'jsonb', name: 'current_baseline', nullable: true })
  currentBaseline: ChangeBaseline | null;

  @Field(() => ChangeBaseline, { nullable: true, description: 'CHANGE_BASELINE: the baseline proposed.' })
  @Column({ type: 'jsonb', name: 'proposed_baseline', nullable: true })
  proposedBaseline: ChangeBaseline | null;

  @Field(() => ApprovalLevel, {
    description: "Who must approve it, from the platform's tolerance rule (docs/DOMAIN.md).",
  })
  @Column({ type: 'text', name: 'approval_level' })
  approvalLevel: ApprovalLevel;

  @Field(() => TargetChangeStatus)
  @Column({ type: 'text' })
  status: TargetChangeStatus;

  @Field()
  @Column({ type: 'text', name: 'requested_by' })
  requestedBy: string;

  /** The role in which the change was requested (a partnership officer or a GO role); null for requests from before it was kept. */
  @Column({ type: 'text', name: 'requested_by_role', nullable: true })
  requestedByRole: string | null;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'requested_at' })
  requestedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'text', name: 'decided_by_role', nullable: true })
  decidedByRole: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'decision_reason', nullable: true })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  version: number;

  /** When the agreements subgraph opened the approved change (its permit); null until it has. */
  @Column({ type: 'timestamptz', name: 'permit_issued_at', nullable: true })
  permitIssuedAt?: Date | null;
}
