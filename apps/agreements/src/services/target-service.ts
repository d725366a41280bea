import { today } from '@laa/database';
import { badInput, notFound, ruleViolation } from '@laa/errors';
import { Caller, requireAgreementEditor, requireSignedIn } from '@laa/identity';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { Priority } from '../entities/priority';
import { Target } from '../entities/target';
import { TargetKind } from '../entities/target-kind';
import { withdrawPointsOfRemovedTarget } from './negotiation-service';
import { lockAgreement, recordRevision } from './revisions';
import { everStatutory } from './statutory-set-service';
import { FenceService } from './fence-service';
import { checkPartnersAreMembers, namesPartners, TargetFactsClient } from '../peers/target-facts';
import {
  applyFields,
  baselineOf,
  changedFields,
  editableFields,
  labelOf,
  NewTarget,
  staleTarget,
  TargetFields,
  targetSnapshot,
} from '../rules/target-fields';
import { checkLevelsDirection } from '../rules/levels-direction';
import { NationalIndicatorFacts } from '../rules/national-indicator-facts';
import { nationalFactsOn } from './indicator-facts';
import {
  checkDesignatedCount,
  checkIndicatorForKind,
  nationalIndicators,
  normaliseIndicatorCode,
} from '../rules/target-rules';

/** Adds, changes and removes targets under the suite's rules, each change versioned in the agreement's history. */
export class TargetService {
  constructor(
    private readonly db: DataSource,
    private readonly facts: TargetFactsClient,
    private readonly fence: FenceService,
  ) {}

  async addTarget(caller: Caller, input: NewTarget, authorization?: string): Promise<Target> {
    const code = normaliseIndicatorCode(input.indicatorCode);
    const fields = await this.withPeerFacts(
      await this.agreementToEdit(caller, input.agreementId),
      code,
      input,
      authorization,
    );
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, input.agreementId, input.expectedAgreementVersion);
      const consumePermit = await this.fence.pass(manager, agreement.id, { action: 'ADD', kind: input.kind });
      const indicator = checkIndicatorForKind(
        input.kind,
        code,
        input.localIndicatorTitle,
        await everStatutory(manager, code),
      );
      const existing = await manager.find(Target, {
        where: { agreementId: agreement.id },
        select: { id: true, kind: true, indicatorCode: true },
      });
      if (existing.some((t) => t.indicatorCode === code)) {
        throw ruleViolation(
          'INDICATOR_ONCE',
          `${code} already has a target in this agreement: an indicator can carry only one target`,
        );
      }
      if (input.kind === TargetKind.DESIGNATED)
        checkDesignatedCount(existing.filter((t) => t.kind === TargetKind.DESIGNATED).length);
      const theme = input.theme ?? indicator?.theme;
      if (!theme) throw badInput('A local indicator needs a theme');
      const draft = manager.create(Target, {
        ...EMPTY_TARGET,
        agreementId: agreement.id,
        kind: input.kind,
        indicatorCode: code,
        localIndicatorTitle: indicator ? null : input.localIndicatorTitle!.trim(),
        theme,
      });
      applyFields(draft, fields);
      await this.checkDraft(manager, draft);
      const { identifiers } = await manager.insert(Target, draft);
      const target = await manager.findOneByOrFail(Target, { id: identifiers[0].id as string });
      await consumePermit(target.id);
      await recordRevision(manager, agreement.id, requireSignedIn(caller), `Added ${labelOf(target)}`, [
        {
          itemType: AgreementItemType.TARGET,
          itemId: target.id,
          label: labelOf(target),
          action: ChangeAction.ADDED,
          before: null,
          after: targetSnapshot(target),
        },
      ]);
      return target;
    });
  }

  /** Changes a target if nobody changed it since the caller read `expectedVersion`. */
  async updateTarget(caller: Caller, targetId: string, expectedVersion: number, fields: TargetFields): Promise<Target> {
    const agreement = await this.agreementToEdit(caller, await this.agreementIdOf(targetId));
    if (namesPartners(fields)) await this.checkPartners(agreement, fields);
    return this.db.transaction(async (manager) => {
      const before = await this.lockedTarget(manager, targetId);
      if (before.version !== expectedVersion) throw staleTarget(before, expectedVersion);
      const draft = manager.create(Target, { ...before });
      applyFields(draft, fields);
      // The fence judges the levels the change leaves (a reopened target may carry only the approved ones).
      const consumePermit = await this.fence.pass(manager, before.agreementId, {
        action: 'UPDATE',
        target: fenceFact(before),
        levelsAfter: draft.levels,
        baselineAfter: baselineOf(draft),
        changed: changedFields(before, draft),
      });
      await this.checkDraft(manager, draft);
      await this.updateOrConflict(manager, targetId, expectedVersion, editableFields(draft));
      const after = await manager.findOneByOrFail(Target, { id: targetId });
      await consumePermit(targetId);
      await recordRevision(manager, after.agreementId, requireSignedIn(caller), `Changed ${labelOf(after)}`, [
        {
          itemType: AgreementItemType.TARGET,
          itemId: targetId,
          label: labelOf(after),
          action: ChangeAction.CHANGED,
          before: targetSnapshot(before),
          after: targetSnapshot(after),
        },
      ]);
      return after;
    });
  }

  /**
   * Removes a target. Its open negotiation points would be left arguing about nothing, so they are
   * withdrawn in the same transaction, with the removal's reason in their thread, and the history
   * records them in the same revision as the removal.
   */
  async removeTarget(caller: Caller, targetId: string, expectedVersion: number, reason: string): Promise<Target> {
    await this.agreementToEdit(caller, await this.agreementIdOf(targetId));
    return this.db.transaction(async (manager) => {
      const target = await this.lockedTarget(manager, targetId);
      if (target.version !== expectedVersion) throw staleTarget(target, expectedVersion);
      const consumePermit = await this.fence.pass(manager, target.agreementId, {
        action: 'REMOVE',
        target: fenceFact(target),
      });
      const person = requireSignedIn(caller);
      const withdrawn = await withdrawPointsOfRemovedTarget(manager, target, person, reason);
      await consumePermit(targetId);
      await manager.delete(Target, { id: targetId, version: expectedVersion });
      const points = withdrawn.length
        ? ` (withdrew ${withdrawn.length} open negotiation point${withdrawn.length > 1 ? 's' : ''})`
        : '';
      await recordRevision(manager, target.agreementId, person, `Removed ${labelOf(target)}: ${reason}${points}`, [
        {
          itemType: AgreementItemType.TARGET,
          itemId: targetId,
          label: labelOf(target),
          action: ChangeAction.REMOVED,
          before: targetSnapshot(target),
          after: null,
        },
        ...withdrawn,
      ]);
      return target;
    });
  }

  /** Facts from other subgraphs a new target needs, gathered before the transaction: partnership membership, the evidence's baseline. */
  private async withPeerFacts(
    agreement: Agreement,
    indicatorCode: string,
    input: NewTarget,
    authorization?: string,
  ): Promise<TargetFields> {
    if (namesPartners(input)) await this.checkPartners(agreement, input);
    if (!input.baselineFromEvidence || input.baseline) return input;
    const fromEvidence = nationalIndicators().has(indicatorCode)
      ? await this.facts.evidenceBaseline(agreement.areaCode, indicatorCode, authorization)
      : null;
    return fromEvidence ? { ...input, baseline: fromEvidence } : input;
  }

  private async checkPartners(agreement: Agreement, fields: TargetFields): Promise<void> {
    checkPartnersAreMembers(agreement.areaCode, await this.facts.partnershipOf(agreement.areaCode), fields);
  }

  /**
   * The agreement a change is to, once the caller is known to be one of its editors: checked once per change, before
   * any peer is asked. An agreement never changes area, nor a target agreement, so the check holds in the transaction.
   */
  private async agreementToEdit(caller: Caller, agreementId: string): Promise<Agreement> {
    const agreement = await this.db.getRepository(Agreement).findOneBy({ id: agreementId });
    if (!agreement) throw notFound('Agreement', agreementId);
    requireAgreementEditor(caller, { region: agreement.regionCode, area: agreement.areaCode });
    return agreement;
  }

  private async agreementIdOf(targetId: string): Promise<string> {
    const target = await this.db
      .getRepository(Target)
      .findOne({ where: { id: targetId }, select: { id: true, agreementId: true } });
    if (!target) throw notFound('Target', targetId);
    return target.agreementId;
  }

  /** Reads a target with its agreement locked (NOT_FOUND if it went meanwhile). */
  private async lockedTarget(manager: EntityManager, targetId: string): Promise<Target> {
    const found = await manager.findOneBy(Target, { id: targetId });
    if (!found) throw notFound('Target', targetId);
    await lockAgreement(manager, found.agreementId);
    return (await manager.findOneBy(Target, { id: targetId })) ?? found;
  }

  private async updateOrConflict(
    manager: EntityManager,
    targetId: string,
    expectedVersion: number,
    changes: Partial<Target>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Target)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :targetId AND version = :expectedVersion', { targetId, expectedVersion })
      .execute();
    if (result.affected !== 1)
      throw staleTarget(await manager.findOneByOrFail(Target, { id: targetId }), expectedVersion);
  }

  /** The rules a target must keep after any change: placeholder date, direction, priority of the same agreement. */
  private async checkDraft(manager: EntityManager, draft: Target): Promise<void> {
    const placeholder = draft.baselineValue === null || draft.baselineProvisional;
    if (placeholder && !draft.baselineDueBy) {
      throw badInput(
        `Target ${draft.indicatorCode} has no confirmed baseline: give baselineDueBy, the date by which it must be set`,
      );
    }
    const facts = await nationalFactsOn(manager, today());
    checkLevelsDirection(directionFactsOf(draft, facts), draft.baselineValue, draft.levels);
    if (draft.priorityId) {
      const priority = await manager.findOneBy(Priority, {
        id: draft.priorityId,
        agreementId: draft.agreementId,
        removedAt: IsNull(),
      });
      if (!priority) throw badInput(`Priority ${draft.priorityId} is not a priority of this agreement`);
    }
  }

  async targetsOfPartners(memberIds: readonly string[]): Promise<Target[]> {
    return this.db
      .getRepository(Target)
      .createQueryBuilder('target')
      .where('target.lead_partner_id IN (:...ids) OR target.contributing_partner_ids && :idArray::uuid[]', {
        ids: [...memberIds],
        idArray: [...memberIds],
      })
      .orderBy('target.indicator_code')
      .getMany();
  }

  async sharedWithAreas(areaCodes: readonly string[]): Promise<Target[]> {
    return this.db
      .getRepository(Target)
      .createQueryBuilder('target')
      .where('target.shared_with_areas && :codes::text[]', { codes: [...areaCodes] })
      .getMany();
  }

  async byIds(ids: readonly string[]): Promise<Target[]> {
    return this.db.getRepository(Target).findBy({ id: In([...ids]) });
  }
}

/**
 * The facts the levels check reads: the indicator's polarity as corrected by the data steward (else the file's); a
 * local indicator has none, so its direction is the stated one.
 */
export const directionFactsOf = (
  target: Pick<Target, 'indicatorCode' | 'intendedDirection'>,
  facts: NationalIndicatorFacts,
) => ({
  indicatorCode: target.indicatorCode,
  polarity: facts.polarityOf(target.indicatorCode),
  stated: target.intendedDirection,
});

/** A target as the fence judges it (whether the fence holds it is read in the write's transaction). */
const fenceFact = (target: Target) => ({
  id: target.id,
  kind: target.kind,
  indicatorCode: target.indicatorCode,
  fenced: false,
});

/** A new target before the caller's fields: no baseline, levels, partners or reason yet. */
const EMPTY_TARGET: Partial<Target> = {
  baselineValue: null,
  baselinePeriod: null,
  baselineSource: null,
  baselineProvisional: false,
  baselineDueBy: null,
  levels: [null, null, null],
  intendedDirection: null,
  leadPartnerId: null,
  contributingPartnerIds: [],
  priorityId: null,
  sharedWithAreas: [],
  localReason: null,
  synthetic: false,
  version: 1,
};
