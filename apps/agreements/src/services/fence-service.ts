import { conflict, notFound, ruleViolation } from '@laa/errors';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AgreementFence, FencedTarget } from '../entities/agreement-fence';
import { Target } from '../entities/target';
import { PermittedChange, TargetPermit } from '../entities/target-permit';
import { fenceRefusal, PermitFact, permitFor, SIGNED_TARGET_CLOSED, TargetWrite } from '../rules/fence-rules';
import { lockAgreement } from './revisions';
import { requireStatutorySet } from './statutory-set-service';
import { today } from '../entities/date-column';

export interface FenceRequest {
  agreementId: string;
  /** Sign-off's key for this signing attempt. */
  attemptId: string;
  /** Every target of the agreement at the version being signed. */
  targets: { targetId: string; version: number }[];
}

export interface PermitRequest {
  /** The approved change request's id in sign-off. */
  id: string;
  agreementId: string;
  change: PermittedChange;
  targetId?: string | null;
  levels?: (number | null)[] | null;
  baseline?: { value: number; period: string; source: string; provisional: boolean } | null;
}

/**
 * The agreement's side of "signed means signed": agreements owns the targets, so it keeps the fence Ministers'
 * signature puts round them and the permits controlled refresh opens, and judges every target write against
 * them in the write's own transaction, under the agreement's row lock (lockAgreement), never by asking a peer.
 */
export class FenceService {
  constructor(private readonly db: DataSource) {}

  /** In a target write's transaction, after lockAgreement: refuses a write the fence closes, consumes the permit that opens it. */
  async pass(
    manager: EntityManager,
    agreementId: string,
    write: TargetWrite,
  ): Promise<(targetId: string) => Promise<void>> {
    const fence = await manager.findOneBy(AgreementFence, { agreementId });
    const permit = permitFor(
      fence?.state ?? null,
      await this.withFenced(manager, write),
      fence ? await this.permitsOf(manager, agreementId) : [],
    );
    if (!permit) return async () => undefined;
    return async (targetId) => {
      await manager.update(
        TargetPermit,
        { id: permit.id, consumedAt: IsNull() },
        { consumedAt: new Date(), consumedByTargetId: targetId },
      );
    };
  }

  /**
   * In a write's transaction, after lockAgreement: refuses a change beside a target's content (its baseline deferral)
   * while Ministers sign or once the target is signed: what was signed, and the deferrals listed with it, stand.
   */
  async requireOpen(
    manager: EntityManager,
    target: Pick<Target, 'id' | 'agreementId' | 'indicatorCode'>,
  ): Promise<void> {
    const fence = await manager.findOneBy(AgreementFence, { agreementId: target.agreementId });
    if (!fence) return;
    if (fence.state === 'SIGNING' || (await manager.existsBy(FencedTarget, { targetId: target.id }))) {
      throw ruleViolation(
        SIGNED_TARGET_CLOSED,
        `The agreement is signed: ${target.indicatorCode}'s baseline changes only through controlled refresh (CHANGE_BASELINE)`,
      );
    }
  }

  private async withFenced(manager: EntityManager, write: TargetWrite): Promise<TargetWrite> {
    if (write.action === 'ADD') return write;
    const fenced = await manager.existsBy(FencedTarget, { targetId: write.target.id });
    return { ...write, target: { ...write.target, fenced } };
  }

  private async permitsOf(manager: EntityManager, agreementId: string): Promise<PermitFact[]> {
    const permits = await manager.findBy(TargetPermit, { agreementId });
    return permits.map((p) => ({
      id: p.id,
      change: p.change,
      targetId: p.targetId,
      levels: p.levels,
      baseline: p.baseline,
      consumed: p.consumedAt !== null,
    }));
  }

  /**
   * Ministers are about to sign: fences the targets at exactly the versions sign-off read, or refuses (CONFLICT) if
   * any changed, was added or removed. A fence still SIGNING for another attempt is taken over (sign-off allows one
   * attempt at a time and abandons a dead one); a SIGNED fence at the same versions is the same fence.
   */
  fenceAgreement(request: FenceRequest, fencedBy: string): Promise<AgreementFence> {
    return this.db.transaction(async (manager) => {
      await lockAgreement(manager, request.agreementId);
      const live = await manager.find(Target, {
        where: { agreementId: request.agreementId },
        select: { id: true, version: true, indicatorCode: true },
      });
      const refusal = fenceRefusal(live, request.targets);
      if (refusal) throw conflict(refusal, { targets: live.map((t) => ({ targetId: t.id, version: t.version })) });
      const existing = await manager.findOneBy(AgreementFence, { agreementId: request.agreementId });
      if (existing?.state === 'SIGNED') return existing;
      // Ministers sign an agreement that holds the statutory set in force on the day they sign, judged here under the lock.
      await requireStatutorySet(manager, request.agreementId, today(), 'Ministers cannot sign this agreement yet');
      const fence: AgreementFence = {
        agreementId: request.agreementId,
        state: 'SIGNING',
        attemptId: request.attemptId,
        fencedBy,
        fencedAt: new Date(),
      };
      await manager.upsert(AgreementFence, fence, ['agreementId']);
      await manager.delete(FencedTarget, { agreementId: request.agreementId });
      if (live.length)
        await manager.insert(
          FencedTarget,
          live.map((t) => ({ targetId: t.id, agreementId: request.agreementId, version: t.version })),
        );
      return fence;
    });
  }

  /** The signature is recorded: the fence stands as SIGNED. */
  async confirm(agreementId: string): Promise<AgreementFence> {
    await this.db.getRepository(AgreementFence).update({ agreementId }, { state: 'SIGNED' });
    const fence = await this.db.getRepository(AgreementFence).findOneBy({ agreementId });
    if (!fence) throw notFound('Fence of agreement', agreementId);
    return fence;
  }

  /** The signature was not recorded: the attempt's fence comes down (a SIGNED fence, or another attempt's, never does). */
  async release(agreementId: string, attemptId: string): Promise<boolean> {
    const result = await this.db.getRepository(AgreementFence).delete({ agreementId, attemptId, state: 'SIGNING' });
    return (result.affected ?? 0) > 0;
  }

  /** A target signed off again under controlled refresh: fenced at the version signed off, or CONFLICT if it changed since. */
  fenceTarget(targetId: string, version: number): Promise<FencedTarget> {
    return this.db.transaction(async (manager) => {
      const target = await manager.findOneBy(Target, { id: targetId });
      if (!target) throw notFound('Target', targetId);
      await lockAgreement(manager, target.agreementId);
      const fence = await manager.findOneBy(AgreementFence, { agreementId: target.agreementId });
      if (fence?.state !== 'SIGNED')
        throw ruleViolation(
          'agreement-not-signed',
          "Only a signed agreement's targets are fenced one by one (under controlled refresh)",
        );
      const live = await manager.findOneByOrFail(Target, { id: targetId });
      if (live.version !== version) {
        throw conflict(
          `Target ${live.indicatorCode} changed (signed off version ${version}, it is now at ${live.version}): sign off the current version`,
          { version: live.version },
        );
      }
      const fenced: FencedTarget = { targetId, agreementId: target.agreementId, version };
      await manager.upsert(FencedTarget, fenced, ['targetId']);
      return fenced;
    });
  }

  /** An approved change of a signed agreement: the one write it allows. Issued twice, it is one permit. */
  issuePermit(request: PermitRequest, issuedBy: string): Promise<TargetPermit> {
    return this.db.transaction(async (manager) => {
      await lockAgreement(manager, request.agreementId);
      const permit: TargetPermit = {
        id: request.id,
        agreementId: request.agreementId,
        change: request.change,
        targetId: request.targetId ?? null,
        levels: request.levels ?? null,
        baseline: request.baseline ?? null,
        issuedBy,
        issuedAt: new Date(),
        consumedAt: null,
        consumedByTargetId: null,
      };
      await manager.createQueryBuilder().insert().into(TargetPermit).values(permit).orIgnore().execute();
      return manager.findOneByOrFail(TargetPermit, { id: request.id });
    });
  }
}
