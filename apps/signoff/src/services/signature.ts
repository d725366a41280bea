import { randomUUID } from 'node:crypto';
import { conflict } from '@laa/errors';
import { DataSource, EntityManager } from 'typeorm';
import { SignOff } from '../entities/sign-off';
import { AgreementFenceClient } from '../peers/agreement-fence';

/** How long a signature attempt holds the agreement before another may take it over (its process died, say). */
export const SIGNING_LEASE_MS = 60_000;

export interface SignatureAttempt {
  agreementId: string;
  /** Every target of the agreement at the version read for signature (the conditions were judged on these). */
  targets: { targetId: string; version: number }[];
  /** Refuses the attempt if the sign-off changed since the Minister read it (stale version, out of order). */
  checkCurrent(signOff: SignOff | null): void;
  /** Records the signature in the transaction given, the sign-off row locked. */
  record(manager: EntityManager, signOff: SignOff): Promise<SignOff>;
}

/**
 * Ministers' signature, in the order docs/ARCHITECTURE.md gives: claim the attempt on the sign-off row; ask the
 * agreements subgraph to fence the targets at exactly the versions read (it refuses if any changed); record the
 * signature; tell agreements the fence stands. No transaction is open while agreements is asked. If recording fails,
 * the attempt's fence is released; if sign-off dies in between, the fence stays (targets closed, "signing") until
 * the Minister signs again after the lease, whose attempt takes the fence over.
 */
export class Signature {
  constructor(
    private readonly db: DataSource,
    private readonly fences: AgreementFenceClient,
  ) {}

  async sign(attempt: SignatureAttempt, authorization?: string): Promise<SignOff> {
    const attemptId = randomUUID();
    await this.claim(attempt, attemptId);
    try {
      await this.fences.fence(attempt.agreementId, attemptId, attempt.targets, authorization);
    } catch (error) {
      await this.unclaim(attempt.agreementId, attemptId);
      throw error;
    }
    const signed = await this.record(attempt, attemptId).catch(async (error: unknown) => {
      // Only the attempt that still holds the claim may take its fence down: one taken over leaves it to its successor.
      if (await this.unclaim(attempt.agreementId, attemptId))
        await this.fences.release(attempt.agreementId, attemptId, authorization).catch(() => undefined);
      throw error;
    });
    // The fence closes the targets whether it says SIGNING or SIGNED; confirming only records that the signature stands.
    await this.fences.confirm(attempt.agreementId, authorization).catch(() => undefined);
    return signed;
  }

  private claim(attempt: SignatureAttempt, attemptId: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const locked = await manager.findOne(SignOff, {
        where: { agreementId: attempt.agreementId },
        lock: { mode: 'pessimistic_write' },
      });
      attempt.checkCurrent(locked);
      const since = locked?.signingSince?.getTime() ?? 0;
      if (locked?.signingAttempt && since > Date.now() - SIGNING_LEASE_MS) {
        throw conflict('A Minister is signing this agreement now: reload in a moment to see the signature', {
          stage: locked.stage,
          version: locked.version,
        });
      }
      await manager.update(
        SignOff,
        { agreementId: attempt.agreementId },
        { signingAttempt: attemptId, signingSince: new Date() },
      );
    });
  }

  private record(attempt: SignatureAttempt, attemptId: string): Promise<SignOff> {
    return this.db.transaction(async (manager) => {
      const locked = await manager.findOne(SignOff, {
        where: { agreementId: attempt.agreementId },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked?.signingAttempt !== attemptId) {
        throw conflict('Another signature attempt took this one over: reload', {
          stage: locked?.stage,
          version: locked?.version,
        });
      }
      attempt.checkCurrent(locked);
      await manager.update(SignOff, { agreementId: attempt.agreementId }, { signingAttempt: null, signingSince: null });
      return attempt.record(manager, locked);
    });
  }

  /** Gives up the claim if this attempt still holds it; true if it did. */
  private async unclaim(agreementId: string, attemptId: string): Promise<boolean> {
    const result = await this.db
      .getRepository(SignOff)
      .update({ agreementId, signingAttempt: attemptId }, { signingAttempt: null, signingSince: null });
    return (result.affected ?? 0) > 0;
  }
}
