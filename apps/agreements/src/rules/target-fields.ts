import { IntendedDirection, Theme } from '@laa/domain';
import { conflict } from '@laa/errors';
import { isDeepStrictEqual } from 'node:util';
import { Target } from '../entities/target';
import { TargetKind } from '../entities/target-kind';
import type { ChangedField } from './fence-rules';

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
  intendedDirection?: IntendedDirection | null;
  leadPartnerId?: string | null;
  contributingPartnerIds?: string[] | null;
  priorityId?: string | null;
  sharedWithAreas?: string[] | null;
  localReason?: string | null;
}

export interface NewTarget extends TargetFields {
  agreementId: string;
  expectedAgreementVersion?: number | null;
  kind: TargetKind;
  indicatorCode: string;
  localIndicatorTitle?: string | null;
  /** With no baseline given, take the area's figure of record from the evidence base. */
  baselineFromEvidence?: boolean | null;
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
        : {
            value: target.baselineValue,
            period: target.baselinePeriod,
            source: target.baselineSource,
            provisional: target.baselineProvisional,
          },
    baselineDueBy: target.baselineDueBy,
    levels: target.levels,
    intendedDirection: target.intendedDirection,
    leadPartnerId: target.leadPartnerId,
    contributingPartnerIds: target.contributingPartnerIds,
    priorityId: target.priorityId,
    sharedWithAreas: target.sharedWithAreas,
    localReason: target.localReason,
  };
}

export const labelOf = (target: Target) => `Target ${target.indicatorCode} (${target.kind})`;

/** The columns a change may write: never the identity, agreement, kind or indicator of a target. */
export function editableFields(target: Target): Partial<Target> {
  const {
    theme,
    baselineValue,
    baselinePeriod,
    baselineSource,
    baselineProvisional,
    baselineDueBy,
    levels,
    intendedDirection,
    leadPartnerId,
    contributingPartnerIds,
    priorityId,
    sharedWithAreas,
    localReason,
  } = target;
  return {
    theme,
    baselineValue,
    baselinePeriod,
    baselineSource,
    baselineProvisional,
    baselineDueBy,
    levels,
    intendedDirection,
    leadPartnerId,
    contributingPartnerIds,
    priorityId,
    sharedWithAreas,
    localReason,
  };
}

export function applyFields(target: Target, fields: TargetFields): void {
  if (fields.theme) target.theme = fields.theme;
  if (fields.baseline !== undefined) {
    target.baselineValue = fields.baseline?.value ?? null;
    target.baselinePeriod = fields.baseline?.period ?? null;
    target.baselineSource = fields.baseline?.source ?? null;
    target.baselineProvisional = fields.baseline?.provisional ?? false;
  }
  if (fields.baselineDueBy !== undefined) target.baselineDueBy = fields.baselineDueBy;
  if (fields.levels) target.levels = fields.levels;
  if (fields.intendedDirection !== undefined) target.intendedDirection = fields.intendedDirection;
  if (fields.leadPartnerId !== undefined) target.leadPartnerId = fields.leadPartnerId;
  if (fields.contributingPartnerIds) target.contributingPartnerIds = [...new Set(fields.contributingPartnerIds)];
  if (fields.priorityId !== undefined) target.priorityId = fields.priorityId;
  if (fields.sharedWithAreas) target.sharedWithAreas = [...new Set(fields.sharedWithAreas)];
  if (fields.localReason !== undefined) target.localReason = fields.localReason?.trim() || null;
  // A confirmed baseline makes the target no longer a placeholder: its due date has served its purpose.
  if (target.baselineValue !== null && !target.baselineProvisional) target.baselineDueBy = null;
}

export function staleTarget(current: Target, expectedVersion: number) {
  return conflict(
    `Target ${current.id} was changed by someone else (you had version ${expectedVersion}, it is now ${current.version}): reload and apply your change again`,
    { version: current.version, levels: current.levels },
  );
}

/** The baseline a target carries, as an approval names one. */
export function baselineOf(target: Target): BaselineValues | null {
  if (target.baselineValue === null) return null;
  return {
    value: target.baselineValue,
    period: target.baselinePeriod ?? '',
    source: target.baselineSource ?? '',
    provisional: target.baselineProvisional,
  };
}

/** Which of a target's fields a change touches, by the names the fence's approvals use (partners as one). */
export function changedFields(before: Target, after: Target): ChangedField[] {
  const snapshot = (t: Target) => {
    const { leadPartnerId, contributingPartnerIds, ...rest } = targetSnapshot(t);
    return { ...rest, partners: { leadPartnerId, contributingPartnerIds } };
  };
  const was = snapshot(before);
  const now = snapshot(after);
  return (Object.keys(now) as (keyof typeof now)[]).filter((key) => !isDeepStrictEqual(was[key], now[key]));
}
