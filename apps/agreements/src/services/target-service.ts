import { Theme } from '@laa/domain';
import { badInput, conflict, notFound, ruleViolation } from '@laa/errors';
import { Caller, requireAgreementEditor, requireSignedIn } from '@laa/identity';
import { DataSource, EntityManager, In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { Priority } from '../entities/priority';
import { Target } from '../entities/target';
import { TargetKind } from '../entities/target-kind';
import { lockAgreement, recordRevision } from './revisions';
import { checkDesignatedCount, checkDirection, checkIndicatorForKind, nationalIndicators, normaliseIndicatorCode } from './target-rules';

export interface BaselineValues {
  value: number;
  period: string;
  source: string;
  provisional: boolean;
}

/** The fields of a target a draft may set; undefined leaves a field as it is, null clears it. */
export interface TargetFields {
  theme?: Theme | null;
  baseline?: BaselineValues | null;
  baselineDueBy?: string | null;
  levels?: (number | null)[] | null;
  leadPartnerId?: string | null;
  contributingPartnerIds?: string[] | null;
  priorityId?: string | null;
  sharedWithAreas?: string[] | null;
}

export interface NewTarget extends TargetFields {
  agreementId: string;
  expectedAgreementVersion?: number | null;
  kind: TargetKind;
  indicatorCode: string;
  localIndicatorTitle?: string | null;
}

/** What the history records of a target: every field a draft can change. */
export function targetSnapshot(target: Target): Record<string, unknown> {
  return {
    kind: target.kind,
    indicatorCode: target.indicatorCode,
    localIndicatorTitle: target.localIndicatorTitle,
    theme: target.theme,
    baseline:
      target.baselineValue === null
        ? null
        : { value: target.baselineValue, period: target.baselinePeriod, source: target.baselineSource, provisional: target.baselineProvisional },
    baselineDueBy: target.baselineDueBy,
    levels: target.levels,
    leadPartnerId: target.leadPartnerId,
    contributingPartnerIds: target.contributingPartnerIds,
    priorityId: target.priorityId,
    sharedWithAreas: target.sharedWithAreas,
  };
}

const labelOf = (target: Target) => `Target ${target.indicatorCode} (${target.kind})`;

/** Adds, changes and removes targets under the suite's rules, each change versioned in the agreement's history. */
export class TargetService {
  constructor(private readonly db: DataSource) {}

  async addTarget(caller: Caller, input: NewTarget): Promise<Target> {
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, input.agreementId, input.expectedAgreementVersion);
      requireAgreementEditor(caller, { region: agreement.regionCode, area: agreement.areaCode });
      const code = normaliseIndicatorCode(input.indicatorCode);
      const indicator = checkIndicatorForKind(input.kind, code, input.localIndicatorTitle);
      const existing = await manager.find(Target, { where: { agreementId: agreement.id }, select: { id: true, kind: true, indicatorCode: true } });
      if (existing.some((t) => t.indicatorCode === code)) {
        throw ruleViolation('INDICATOR_ONCE', `${code} already has a target in this agreement: an indicator can carry only one target`);
      }
      if (input.kind === TargetKind.DESIGNATED) checkDesignatedCount(existing.filter((t) => t.kind === TargetKind.DESIGNATED).length);
      const theme = input.theme ?? indicator?.theme;
      if (!theme) throw badInput('A local indicator needs a theme');
      const draft = manager.create(Target, {
        agreementId: agreement.id,
        kind: input.kind,
        indicatorCode: code,
        localIndicatorTitle: indicator ? null : input.localIndicatorTitle!.trim(),
        theme,
        baselineValue: null,
        baselinePeriod: null,
        baselineSource: null,
        baselineProvisional: false,
        baselineDueBy: null,
        levels: [null, null, null],
        leadPartnerId: null,
        contributingPartnerIds: [],
        priorityId: null,
        sharedWithAreas: [],
        synthetic: false,
        version: 1,
      });
      applyFields(draft, input);
      await this.checkDraft(manager, draft);
      const { identifiers } = await manager.insert(Target, draft);
      const target = await manager.findOneByOrFail(Target, { id: identifiers[0].id as string });
      await recordRevision(manager, agreement.id, requireSignedIn(caller), `Added ${labelOf(target)}`, [
        { itemType: AgreementItemType.TARGET, itemId: target.id, label: labelOf(target), action: ChangeAction.ADDED, before: null, after: targetSnapshot(target) },
      ]);
      return target;
    });
  }

  /** Changes a target if nobody changed it since the caller read `expectedVersion`. */
  async updateTarget(caller: Caller, targetId: string, expectedVersion: number, fields: TargetFields): Promise<Target> {
    return this.db.transaction(async (manager) => {
      const before = await this.editableTarget(manager, caller, targetId);
      if (before.version !== expectedVersion) throw staleTarget(before, expectedVersion);
      const draft = manager.create(Target, { ...before });
      applyFields(draft, fields);
      await this.checkDraft(manager, draft);
      await this.updateOrConflict(manager, targetId, expectedVersion, editableFields(draft));
      const after = await manager.findOneByOrFail(Target, { id: targetId });
      await recordRevision(manager, after.agreementId, requireSignedIn(caller), `Changed ${labelOf(after)}`, [
        { itemType: AgreementItemType.TARGET, itemId: targetId, label: labelOf(after), action: ChangeAction.CHANGED, before: targetSnapshot(before), after: targetSnapshot(after) },
      ]);
      return after;
    });
  }

  async removeTarget(caller: Caller, targetId: string, expectedVersion: number, reason: string): Promise<Target> {
    return this.db.transaction(async (manager) => {
      const target = await this.editableTarget(manager, caller, targetId);
      if (target.version !== expectedVersion) throw staleTarget(target, expectedVersion);
      await manager.delete(Target, { id: targetId, version: expectedVersion });
      await recordRevision(manager, target.agreementId, requireSignedIn(caller), `Removed ${labelOf(target)}: ${reason}`, [
        { itemType: AgreementItemType.TARGET, itemId: targetId, label: labelOf(target), action: ChangeAction.REMOVED, before: targetSnapshot(target), after: null },
      ]);
      return target;
    });
  }

  /** Reads a target and locks its agreement, checking the caller may edit it. */
  private async editableTarget(manager: EntityManager, caller: Caller, targetId: string): Promise<Target> {
    const found = await manager.findOneBy(Target, { id: targetId });
    if (!found) throw notFound('Target', targetId);
    const agreement = await lockAgreement(manager, found.agreementId);
    requireAgreementEditor(caller, { region: agreement.regionCode, area: agreement.areaCode });
    return (await manager.findOneBy(Target, { id: targetId })) ?? found;
  }

  private async updateOrConflict(manager: EntityManager, targetId: string, expectedVersion: number, changes: Partial<Target>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Target)
      .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<Target>)
      .where('id = :targetId AND version = :expectedVersion', { targetId, expectedVersion })
      .execute();
    if (result.affected !== 1) throw staleTarget(await manager.findOneByOrFail(Target, { id: targetId }), expectedVersion);
  }

  /** The rules a target must keep after any change: placeholder date, direction, priority of the same agreement. */
  private async checkDraft(manager: EntityManager, draft: Target): Promise<void> {
    const placeholder = draft.baselineValue === null || draft.baselineProvisional;
    if (placeholder && !draft.baselineDueBy) {
      throw badInput(`Target ${draft.indicatorCode} has no confirmed baseline: give baselineDueBy, the date by which it must be set`);
    }
    checkDirection(nationalIndicators().get(draft.indicatorCode) ?? null, draft.baselineValue, draft.levels);
    if (draft.priorityId) {
      const priority = await manager.findOneBy(Priority, { id: draft.priorityId, agreementId: draft.agreementId });
      if (!priority) throw badInput(`Priority ${draft.priorityId} is not a priority of this agreement`);
    }
  }

  async targetsOfPartners(memberIds: readonly string[]): Promise<Target[]> {
    return this.db
      .getRepository(Target)
      .createQueryBuilder('target')
      .where('target.lead_partner_id IN (:...ids) OR target.contributing_partner_ids && :idArray::uuid[]', { ids: [...memberIds], idArray: [...memberIds] })
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

/** The columns a change may write: never the identity, agreement, kind or indicator of a target. */
function editableFields(target: Target): Partial<Target> {
  const { theme, baselineValue, baselinePeriod, baselineSource, baselineProvisional, baselineDueBy, levels, leadPartnerId, contributingPartnerIds, priorityId, sharedWithAreas } = target;
  return { theme, baselineValue, baselinePeriod, baselineSource, baselineProvisional, baselineDueBy, levels, leadPartnerId, contributingPartnerIds, priorityId, sharedWithAreas };
}

function applyFields(target: Target, fields: TargetFields): void {
  if (fields.theme) target.theme = fields.theme;
  if (fields.baseline !== undefined) {
    target.baselineValue = fields.baseline?.value ?? null;
    target.baselinePeriod = fields.baseline?.period ?? null;
    target.baselineSource = fields.baseline?.source ?? null;
    target.baselineProvisional = fields.baseline?.provisional ?? false;
  }
  if (fields.baselineDueBy !== undefined) target.baselineDueBy = fields.baselineDueBy;
  if (fields.levels) target.levels = fields.levels;
  if (fields.leadPartnerId !== undefined) target.leadPartnerId = fields.leadPartnerId;
  if (fields.contributingPartnerIds) target.contributingPartnerIds = [...new Set(fields.contributingPartnerIds)];
  if (fields.priorityId !== undefined) target.priorityId = fields.priorityId;
  if (fields.sharedWithAreas) target.sharedWithAreas = [...new Set(fields.sharedWithAreas)];
  // A confirmed baseline makes the target no longer a placeholder: its due date has served its purpose.
  if (target.baselineValue !== null && !target.baselineProvisional) target.baselineDueBy = null;
}

function staleTarget(current: Target, expectedVersion: number) {
  return conflict(
    `Target ${current.id} was changed by someone else (you had version ${expectedVersion}, it is now ${current.version}): reload and apply your change again`,
    { version: current.version, levels: current.levels },
  );
}
