import { badInput, forbidden, notFound } from '@laa/errors';
import { Caller, requireAgreementEditor, requireSignedIn } from '@laa/identity';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { BaselineDeferral, DeferralStatus } from '../entities/baseline-deferral';
import { Target } from '../entities/target';
import {
  checkDeferrable,
  checkUndecided,
  deferralApproverGrant,
  requesterGrant,
} from '../rules/baseline-deferral-rules';
import { FenceService } from './fence-service';
import { lockAgreement, recordRevision } from './revisions';
import { labelOf } from '../rules/target-fields';

export interface DeferralRequest {
  targetId: string;
  reason: string;
  dueBy: string;
}

export interface DeferralDecision {
  deferralId: string;
  approve: boolean;
  reason: string;
}

/**
 * Baseline deferrals (the 2008 practice): an editor asks, the GO approves or refuses, each in the agreement's
 * history, under the agreement's row lock like every target write. Signed targets are closed: a deferral is
 * settled before Ministers sign.
 */
export class BaselineDeferralService {
  constructor(
    private readonly db: DataSource,
    private readonly region: string,
    private readonly fences: FenceService,
  ) {}

  request(caller: Caller, input: DeferralRequest): Promise<BaselineDeferral> {
    return this.db.transaction(async (manager) => {
      const { target, agreement } = await this.lockedTarget(manager, input.targetId);
      const place = { region: agreement.regionCode, area: agreement.areaCode };
      requireAgreementEditor(caller, place);
      const grant = requesterGrant(caller, place);
      if (!grant) throw forbidden(`Your roles do not allow asking for deferrals in area ${place.area}`);
      await this.fences.requireOpen(manager, target);
      checkDeferrable(target, await this.current(manager, target.id));
      const person = requireSignedIn(caller);
      const deferral = manager.create(BaselineDeferral, {
        targetId: target.id,
        agreementId: target.agreementId,
        status: DeferralStatus.REQUESTED,
        reason: input.reason.trim(),
        dueBy: input.dueBy,
        requestedBy: person.name,
        requestedByRole: grant.role,
        requestedAt: new Date(),
        decidedBy: null,
        decidedByRole: null,
        decidedAt: null,
        decisionReason: null,
      });
      const saved = await manager.save(deferral);
      await this.record(
        manager,
        person,
        target,
        `Asked to defer the baseline of ${labelOf(target)} to ${input.dueBy}: ${deferral.reason}`,
        null,
        saved,
      );
      return saved;
    });
  }

  decide(caller: Caller, input: DeferralDecision): Promise<BaselineDeferral> {
    // Every agreement here is the region's: who may decide is known before anything is read.
    const grant = deferralApproverGrant(caller, this.region);
    if (!grant)
      throw forbidden(
        `Only the relationship manager, a Deputy or the Regional Director of region ${this.region} decide a baseline deferral`,
      );
    return this.db.transaction(async (manager) => {
      const found = await manager.findOneBy(BaselineDeferral, { id: input.deferralId });
      if (!found) throw notFound('Baseline deferral', input.deferralId);
      const { target } = await this.lockedTarget(manager, found.targetId);
      const before = await manager.findOneByOrFail(BaselineDeferral, { id: input.deferralId });
      checkUndecided(before, labelOf(target));
      await this.fences.requireOpen(manager, target);
      const person = requireSignedIn(caller);
      const status = input.approve ? DeferralStatus.APPROVED : DeferralStatus.REFUSED;
      const decided = {
        ...before,
        status,
        decidedBy: person.name,
        decidedByRole: grant.role,
        decidedAt: new Date(),
        decisionReason: input.reason.trim(),
      };
      await manager.save(BaselineDeferral, decided);
      const verb = input.approve ? 'Approved' : 'Refused';
      await this.record(
        manager,
        person,
        target,
        `${verb} deferring the baseline of ${labelOf(target)} to ${before.dueBy}: ${decided.decisionReason}`,
        before,
        decided,
      );
      return decided;
    });
  }

  /** The latest deferral of each target (the one that counts: a refused one stays until asked again). */
  async latestOf(targetIds: readonly string[]): Promise<BaselineDeferral[]> {
    const rows = await this.db
      .getRepository(BaselineDeferral)
      .find({ where: { targetId: In([...targetIds]) }, order: { requestedAt: 'DESC' } });
    return [...new Map(rows.reverse().map((d) => [d.targetId, d])).values()];
  }

  private async current(manager: EntityManager, targetId: string): Promise<BaselineDeferral | null> {
    return manager.findOne(BaselineDeferral, { where: { targetId }, order: { requestedAt: 'DESC' } });
  }

  private async lockedTarget(manager: EntityManager, targetId: string) {
    const found = await manager.findOneBy(Target, { id: targetId });
    if (!found) throw notFound('Target', targetId);
    const agreement = await lockAgreement(manager, found.agreementId);
    const target = await manager.findOneBy(Target, { id: targetId });
    if (!target) throw badInput(`Target ${targetId} was removed`);
    return { target, agreement };
  }

  private async record(
    manager: EntityManager,
    person: ReturnType<typeof requireSignedIn>,
    target: Target,
    summary: string,
    before: BaselineDeferral | null,
    after: BaselineDeferral,
  ): Promise<void> {
    const fields = (d: BaselineDeferral) => ({
      baselineDeferral: {
        status: d.status,
        dueBy: d.dueBy,
        reason: d.reason,
        requestedBy: d.requestedBy,
        decidedBy: d.decidedBy,
        decisionReason: d.decisionReason,
      },
    });
    await recordRevision(manager, target.agreementId, person, summary, [
      {
        itemType: AgreementItemType.TARGET,
        itemId: target.id,
        label: labelOf(target),
        action: ChangeAction.CHANGED,
        before: before ? fields(before) : null,
        after: fields(after),
      },
    ]);
  }
}
