import { Column, Entity, PrimaryColumn } from 'typeorm';

/** SIGNING while a Minister's signature is being recorded by sign-off; SIGNED once it is. Both close the targets. */
export type FenceState = 'SIGNING' | 'SIGNED';

/** The fence round a signed agreement's targets: no target changes without a permit while it stands. */
@Entity({ name: 'agreement_fence' })
export class AgreementFence {
  @PrimaryColumn({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Column({ type: 'text' })
  state: FenceState;

  /** The signing attempt that holds the fence (sign-off's key: a retry of the same attempt is the same fence). */
  @Column({ type: 'uuid', name: 'attempt_id' })
  attemptId: string;

  @Column({ type: 'text', name: 'fenced_by' })
  fencedBy: string;

  @Column({ type: 'timestamptz', name: 'fenced_at' })
  fencedAt: Date;
}

/** One target's signed version under an agreement's fence. */
@Entity({ name: 'fenced_target' })
export class FencedTarget {
  @PrimaryColumn({ type: 'uuid', name: 'target_id' })
  targetId: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Column({ type: 'integer' })
  version: number;
}
