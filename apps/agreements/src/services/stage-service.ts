import { ruleViolation } from '@laa/errors';
import { Caller, requireAgreementEditor, requireSignedIn } from '@laa/identity';
import { DataSource, EntityManager } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { AgreementStage } from '../entities/agreement-stage';
import { Target } from '../entities/target';
import { TargetKind } from '../entities/target-kind';
import { lockAgreement, recordRevision, requireAgreementVersion } from './revisions';
import { requireStatutorySet } from './statutory-set-service';
import { today } from '../entities/date-column';

export const STAGE_ORDER: readonly AgreementStage[] = Object.values(AgreementStage);

/**
 * Moves an agreement to its next negotiation stage (priorities first, indicators second, targets
 * last, then submitted for sign-off): one stage at a time, by its editors, recorded in its history.
 */
export class StageService {
  constructor(private readonly db: DataSource) {}

  advance(
    caller: Caller,
    agreementId: string,
    expectedVersion: number,
    stage: AgreementStage,
    reason: string,
  ): Promise<Agreement> {
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, agreementId);
      requireAgreementEditor(caller, { region: agreement.regionCode, area: agreement.areaCode });
      requireAgreementVersion(agreement, expectedVersion);
      const next = STAGE_ORDER[STAGE_ORDER.indexOf(agreement.stage) + 1];
      if (stage !== next) {
        throw ruleViolation(
          'STAGE_ORDER',
          next
            ? `The agreement is at ${agreement.stage}: the next stage is ${next}`
            : 'The agreement is already submitted for sign-off',
        );
      }
      if (stage === AgreementStage.SUBMITTED) await requireReadyToSubmit(manager, agreementId);
      await manager.update(Agreement, { id: agreementId }, { stage });
      await recordRevision(manager, agreementId, requireSignedIn(caller), `Moved to ${stage}: ${reason}`, [
        {
          itemType: AgreementItemType.AGREEMENT,
          itemId: agreementId,
          label: 'Agreement stage',
          action: ChangeAction.CHANGED,
          before: { stage: agreement.stage },
          after: { stage, reason },
        },
      ]);
      return manager.findOneByOrFail(Agreement, { id: agreementId });
    });
  }
}

/** A draft goes to sign-off with targets, each designated and statutory one with its three levels set. */
async function requireReadyToSubmit(manager: EntityManager, agreementId: string): Promise<void> {
  const all = await manager.findBy(Target, { agreementId });
  if (all.length === 0)
    throw ruleViolation('SUBMIT_NEEDS_TARGETS', 'An agreement goes to sign-off with its targets: it has none yet');
  const unset = all.filter((t) => t.kind !== TargetKind.LOCAL && t.levels.some((level) => level === null));
  if (unset.length > 0) {
    const names = unset.map((t) => `${t.indicatorCode} (${t.kind.toLowerCase()})`).join(', ');
    throw ruleViolation(
      'SUBMIT_NEEDS_LEVELS',
      `Set all three levels of every designated and statutory target before submitting: ${names}`,
      { targets: unset.map((t) => t.id) },
    );
  }
  // Judged on today's set, under the agreement's row lock: a target removed meanwhile waits for this transaction.
  await requireStatutorySet(manager, agreementId, today(), 'The agreement cannot go to sign-off yet');
}
