import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The changes controlled refresh approves (sign-off's TargetChangeKind). */
export type PermittedChange = 'CHANGE_LEVELS' | 'CHANGE_BASELINE' | 'ADD_DESIGNATED' | 'REMOVE_DESIGNATED';

/** One approved change of a signed agreement: it opens exactly that change, and the write that makes it consumes it. */
@Entity({ name: 'target_permit' })
export class TargetPermit {
  /** The approved change request's id in sign-off: issuing it twice is issuing it once. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Column({ type: 'text' })
  change: PermittedChange;

  /** The target changed or removed; null for an addition. */
  @Column({ type: 'uuid', name: 'target_id', nullable: true })
  targetId: string | null;

  /** CHANGE_LEVELS: the three approved levels. */
  @Column({ type: 'double precision', array: true, nullable: true })
  levels: (number | null)[] | null;

  /** CHANGE_BASELINE: the approved baseline (value, period, source, provisional). */
  @Column({ type: 'jsonb', nullable: true })
  baseline: { value: number; period: string; source: string; provisional: boolean } | null;

  @Column({ type: 'text', name: 'issued_by' })
  issuedBy: string;

  @Column({ type: 'timestamptz', name: 'issued_at' })
  issuedAt: Date;

  @Column({ type: 'timestamptz', name: 'consumed_at', nullable: true })
  consumedAt: Date | null;

  /** The target the consuming write changed, removed or added. */
  @Column({ type: 'uuid', name: 'consumed_by_target_id', nullable: true })
  consumedByTargetId: string | null;
}
