import { levelsText, sameLevels } from '@laa/domain';
import { ruleViolation } from '@laa/errors';
import type { FenceState } from '../entities/agreement-fence';
import type { PermittedChange } from '../entities/target-permit';

/** Rules a write refused at the fence is named by: the target is closed, or the write is not the change approved. */
export const SIGNED_TARGET_CLOSED = 'SIGNED_TARGET_CLOSED';
export const REFRESH_AS_APPROVED = 'refresh-as-approved';

/** A baseline as an approval names it and a write leaves it. */
export interface BaselineFact {
  value: number;
  period: string;
  source: string;
  provisional: boolean;
}

/** A permit as the rules read it. */
export interface PermitFact {
  id: string;
  change: PermittedChange;
  targetId: string | null;
  levels: (number | null)[] | null;
  /** CHANGE_BASELINE: the baseline approved. */
  baseline?: BaselineFact | null;
  consumed: boolean;
}

/** A target's fields a write changed (TargetFields' names, baseline's four as "baseline"). */
export type ChangedField =
  | 'theme'
  | 'baseline'
  | 'baselineDueBy'
  | 'levels'
  | 'intendedDirection'
  | 'partners'
  | 'priorityId'
  | 'sharedWithAreas'
  | 'localReason';

/** What each approved change may touch: one approval covers exactly one change, nothing beside it. */
const MAY_CHANGE: Record<'CHANGE_LEVELS' | 'CHANGE_BASELINE', readonly ChangedField[]> = {
  // The direction is what the levels mean: a target signed before directions were stated may state it with its new levels.
  CHANGE_LEVELS: ['levels', 'intendedDirection'],
  // A confirmed baseline clears the placeholder's due date (applyFields).
  CHANGE_BASELINE: ['baseline', 'baselineDueBy'],
};

/** A target as the rules read it: its kind, its indicator (to name it) and whether the fence holds it. */
export interface TargetFact {
  id: string;
  kind: string;
  indicatorCode: string;
  fenced: boolean;
}

/** The write about to be made, in the transaction that makes it. */
export type TargetWrite =
  | { action: 'ADD'; kind: string }
  | {
      action: 'UPDATE';
      target: TargetFact;
      levelsAfter: (number | null)[];
      baselineAfter: BaselineFact | null;
      changed: readonly ChangedField[];
    }
  | { action: 'REMOVE'; target: TargetFact };

/**
 * Whether a write may pass the agreement's fence, and the permit it consumes. No fence (not signed): anything.
 * While Ministers' signature is being recorded (SIGNING): nothing. Once SIGNED: local targets (the partnership's
 * own, no refresh) and targets added under an approved addition and not yet signed off; a fenced target only
 * under its own unconsumed permit and only as approved; a designated target added only under an unconsumed
 * ADD_DESIGNATED permit, one target per permit.
 */
export function permitFor(
  fence: FenceState | null,
  write: TargetWrite,
  permits: readonly PermitFact[],
): PermitFact | null {
  if (fence === null) return null;
  if (fence === 'SIGNING') {
    throw ruleViolation(
      SIGNED_TARGET_CLOSED,
      'Ministers are signing this agreement: its targets are closed while the signature is recorded',
    );
  }
  if (write.action === 'ADD') return additionPermit(write.kind, permits);
  const { target } = write;
  if (target.kind === 'LOCAL' || !target.fenced) return null;
  const permit = permits.find((p) => !p.consumed && p.targetId === target.id);
  if (!permit) {
    throw ruleViolation(
      SIGNED_TARGET_CLOSED,
      `The agreement is signed: ${target.indicatorCode} changes only through controlled refresh (requestTargetChange); once the change is approved, only that target reopens`,
    );
  }
  checkAsApproved(permit, write, target.indicatorCode);
  return permit;
}

function additionPermit(kind: string, permits: readonly PermitFact[]): PermitFact | null {
  if (kind === 'LOCAL') return null;
  const additions = permits.filter((p) => p.change === 'ADD_DESIGNATED');
  const open = kind === 'DESIGNATED' ? additions.find((p) => !p.consumed) : undefined;
  if (open) return open;
  if (kind === 'DESIGNATED' && additions.length) {
    throw ruleViolation(
      REFRESH_AS_APPROVED,
      'The approved addition has already let its designated target in: one approval adds exactly one designated target (request another ADD_DESIGNATED change)',
    );
  }
  if (kind === 'DESIGNATED') {
    throw ruleViolation(
      SIGNED_TARGET_CLOSED,
      'The agreement is signed: a designated target is added only once Ministers approve it (requestTargetChange with ADD_DESIGNATED)',
    );
  }
  // The statutory set is signed whole; its targets are refreshed (levels, baseline), not added one by one.
  throw ruleViolation(
    SIGNED_TARGET_CLOSED,
    "The agreement is signed with its statutory set: a statutory target's levels or baseline are refreshed (CHANGE_LEVELS, CHANGE_BASELINE), none is added after signature",
  );
}

/**
 * An approved change of levels sets exactly those levels, an approved baseline refresh exactly that baseline, and
 * neither changes anything else or removes the target; an approved removal only removes it.
 */
function checkAsApproved(permit: PermitFact, write: Exclude<TargetWrite, { action: 'ADD' }>, label: string): void {
  if (permit.change === 'REMOVE_DESIGNATED') {
    if (write.action === 'REMOVE') return;
    throw ruleViolation(
      REFRESH_AS_APPROVED,
      `The approved change removes ${label}: changing it instead needs its own approval (requestTargetChange with CHANGE_LEVELS)`,
    );
  }
  if (write.action === 'REMOVE') {
    throw ruleViolation(
      REFRESH_AS_APPROVED,
      `The approved change ${approvedWords(permit, label)}; removing the target needs its own approval (requestTargetChange with REMOVE_DESIGNATED)`,
    );
  }
  if (permit.change === 'ADD_DESIGNATED') return;
  const beside = write.changed.filter((field) => !MAY_CHANGE[permit.change as keyof typeof MAY_CHANGE].includes(field));
  if (beside.length) {
    throw ruleViolation(
      REFRESH_AS_APPROVED,
      `The approved change ${approvedWords(permit, label)}; it does not cover ${beside.join(', ')}: one approval covers exactly one change (request another for the rest)`,
    );
  }
  if (permit.change === 'CHANGE_BASELINE') return checkBaselineAsApproved(permit, write.baselineAfter, label);
  const approved = permit.levels ?? [];
  if (!sameLevels(approved, write.levelsAfter)) {
    throw ruleViolation(
      REFRESH_AS_APPROVED,
      `The approved change sets ${label}'s levels to ${levelsText(approved)}, not ${levelsText(write.levelsAfter)}: set the approved levels, or request another change`,
    );
  }
}

function checkBaselineAsApproved(permit: PermitFact, after: BaselineFact | null, label: string): void {
  const approved = permit.baseline;
  const same =
    !!approved &&
    !!after &&
    approved.value === after.value &&
    approved.period === after.period &&
    approved.source === after.source &&
    approved.provisional === after.provisional;
  if (!same) {
    throw ruleViolation(
      REFRESH_AS_APPROVED,
      `The approved change ${approvedWords(permit, label)}, not ${baselineText(after)}: set the approved baseline, or request another change`,
    );
  }
}

const baselineText = (baseline: BaselineFact | null | undefined) =>
  baseline
    ? `${baseline.value} (${baseline.period}, ${baseline.source}${baseline.provisional ? ', provisional' : ''})`
    : 'no baseline';

function approvedWords(permit: PermitFact, label: string): string {
  if (permit.change === 'CHANGE_BASELINE') return `sets ${label}'s baseline to ${baselineText(permit.baseline)}`;
  return `sets ${label}'s levels to ${levelsText(permit.levels ?? [])}`;
}

/** A fence is taken only at the versions being signed: every live target, none added or removed, none changed. */
export function fenceRefusal(
  live: readonly { id: string; version: number; indicatorCode: string }[],
  signing: readonly { targetId: string; version: number }[],
): string | null {
  const wanted = new Map(signing.map((t) => [t.targetId, t.version]));
  const changed = live
    .filter((t) => wanted.get(t.id) !== t.version)
    .map((t) =>
      wanted.has(t.id)
        ? `${t.indicatorCode} is at version ${t.version}, not ${wanted.get(t.id)}`
        : `${t.indicatorCode} was added`,
    );
  const ids = new Set(live.map((t) => t.id));
  const removed = signing.filter((t) => !ids.has(t.targetId)).map((t) => `target ${t.targetId} was removed`);
  const all = [...changed, ...removed];
  return all.length
    ? `The targets changed since they were read for signature (${all.slice(0, 5).join('; ')}${all.length > 5 ? '; ...' : ''}): read them again and sign what is there`
    : null;
}
