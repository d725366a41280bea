import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'Cross-GO moderation: an agreement marked for a consistency review, until resolved.' })
@Entity({ name: 'moderation_flag' })
export class ModerationFlag {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field({ description: 'The named moderator who raised it.' })
  @Column({ type: 'text', name: 'raised_by' })
  raisedBy: string;

  /** The role in which they raised it (REGIONAL_DIRECTOR, DEPUTY_REGIONAL_DIRECTOR or DEPARTMENT_ANALYST); null for reviews from before it was kept. */
  @Column({ type: 'text', name: 'raised_by_role', nullable: true })
  raisedByRole: string | null;

  @Field({ description: 'What is inconsistent with comparable agreements.' })
  @Column({ type: 'text' })
  reason: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'raised_at' })
  raisedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'resolved_by', nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'text', name: 'resolved_by_role', nullable: true })
  resolvedByRole: string | null;

  @Field(() => String, { nullable: true, description: 'How the review was settled.' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;
}
