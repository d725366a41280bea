import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum PointSubjectKind {
  AGREEMENT = 'AGREEMENT',
  PRIORITY = 'PRIORITY',
  INDICATOR = 'INDICATOR',
  TARGET = 'TARGET',
}
registerEnumType(PointSubjectKind, {
  name: 'PointSubjectKind',
  description: 'What a negotiation point is raised against.',
  valuesConfig: {
    AGREEMENT: { description: 'The whole agreement.' },
    PRIORITY: { description: 'A priority outcome (subjectRef is its id).' },
    INDICATOR: { description: 'An indicator (subjectRef is its code, e.g. NI39).' },
    TARGET: { description: 'A target (subjectRef is its id).' },
  },
});

export enum NegotiationPointStatus {
  OPEN = 'OPEN',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NegotiationPointStatus, {
  name: 'NegotiationPointStatus',
  description: 'Where a negotiation point stands; OPEN and ESCALATED points are still open.',
  valuesConfig: {
    OPEN: { description: 'Raised and under discussion.' },
    ESCALATED: { description: 'Escalated (e.g. to the Deputy Regional Director or a case conference); still open.' },
    RESOLVED: { description: 'Resolved, with a reason.' },
    WITHDRAWN: { description: 'Withdrawn, with a reason.' },
  },
});

export enum PointEventKind {
  RAISED = 'RAISED',
  COMMENTED = 'COMMENTED',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  WITHDRAWN = 'WITHDRAWN',
  CONFERENCE_OUTCOME = 'CONFERENCE_OUTCOME',
  /** The GO relayed a department's point to the area: from then on the area sees it, as the GO's. */
  RELAYED = 'RELAYED',
  /** The Deputy Regional Director decided an escalated point, as final arbiter of GO disputes. */
  DECIDED = 'DECIDED',
}
registerEnumType(PointEventKind, { name: 'PointEventKind', description: "A step in a negotiation point's thread." });

export const OPEN_STATUSES = [NegotiationPointStatus.OPEN, NegotiationPointStatus.ESCALATED];

@ObjectType({
  description:
    'A sticking point or disagreement raised by a department, the GO or a partner, discussed until resolved or withdrawn.',
})
@Entity({ name: 'negotiation_point' })
export class NegotiationPoint {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => PointSubjectKind)
  @Column({ type: 'text', name: 'subject_kind' })
  subjectKind: PointSubjectKind;

  @Field(() => String, {
    nullable: true,
    description: 'The priority or target id, or the indicator code; null for the whole agreement.',
  })
  @Column({ type: 'text', name: 'subject_ref', nullable: true })
  subjectRef: string | null;

  @Field({ description: 'The point in a line.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => NegotiationPointStatus)
  @Column({ type: 'text' })
  status: NegotiationPointStatus;

  @Column({ type: 'text', name: 'raised_by_id' })
  raisedById: string;

  @Column({ type: 'text', name: 'raised_by_name' })
  raisedByName: string;

  /** Served by NegotiationPointResolver.raisedByRole: the area hears a department's point in the GO's voice. */
  @Column({ type: 'text', name: 'raised_by_role' })
  raisedByRole: string;

  @Field(() => String, {
    nullable: true,
    description: 'The department a department analyst raised it for (raised through the GO).',
  })
  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'raised_at' })
  raisedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was resolved or withdrawn.' })
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "A department's point reaches the area through the GO: when the GO relayed it (null while it is with the GO). Other points are the area's to see from the start and have null.",
  })
  @Column({ type: 'timestamptz', name: 'relayed_at', nullable: true })
  relayedAt: Date | null;

  @Column({ type: 'text', name: 'relayed_by_id', nullable: true })
  relayedById: string | null;

  @Column({ type: 'text', name: 'relayed_by_name', nullable: true })
  relayedByName: string | null;

  @Column({ type: 'text', name: 'relayed_by_role', nullable: true })
  relayedByRole: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The Deputy Regional Director's decision on the escalated point (null until decided).",
  })
  @Column({ type: 'text', nullable: true })
  decision: string | null;

  @Column({ type: 'text', name: 'decided_by_id', nullable: true })
  decidedById: string | null;

  @Column({ type: 'text', name: 'decided_by_name', nullable: true })
  decidedByName: string | null;

  @Field(() => Date, { nullable: true, description: 'When the Deputy Regional Director decided it.' })
  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Field(() => Int, {
    description: 'Optimistic-locking version: pass it back when escalating, resolving or withdrawing.',
  })
  @Column({ type: 'int' })
  version: number;
}

@ObjectType({
  description:
    "One step of a negotiation point's thread: raised, a comment, escalated, resolved, withdrawn or a case conference outcome.",
})
@Entity({ name: 'negotiation_point_event' })
export class NegotiationPointEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'point_id' })
  pointId: string;

  @Field(() => PointEventKind)
  @Column({ type: 'text' })
  kind: PointEventKind;

  @Column({ type: 'text', name: 'by_id' })
  byId: string;

  @Column({ type: 'text', name: 'by_name' })
  byName: string;

  @Field()
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field({ description: 'The comment, or the reason for the step.' })
  @Column({ type: 'text' })
  text: string;
}
