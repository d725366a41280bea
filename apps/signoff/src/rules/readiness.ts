import { BlockerKind, SignOffBlocker } from '../entities/sign-off-blocker';
import { TargetSignOffRecord } from '../entities/target';
import { DraftFacts, DraftTargetFact, OpenPointFact, TargetFact } from '../peers/agreement-facts';

/** Designated and statutory targets need a theme lead's sign-off; local targets are the partnership's own. */
export const needsSignOff = (target: Pick<TargetFact, 'kind'>) =>
  target.kind === 'DESIGNATED' || target.kind === 'STATUTORY_DCSF';

const KIND_WORDS: Record<TargetFact['kind'], string> = {
  DESIGNATED: 'designated',
  STATUTORY_DCSF: 'statutory',
  LOCAL: 'local',
};

/** A target as people name it: its indicator and kind ("NI117 (designated)"). */
export const targetLabel = (target: Pick<TargetFact, 'kind' | 'indicator'>) =>
  `${target.indicator.code} (${KIND_WORDS[target.kind]})`;

/** The latest sign-off of each target. */
export function latestSignOffs(records: TargetSignOffRecord[]): Map<string, TargetSignOffRecord> {
  const latest = new Map<string, TargetSignOffRecord>();
  for (const record of records) {
    const seen = latest.get(record.targetId);
    if (!seen || seen.signedAt <= record.signedAt) latest.set(record.targetId, record);
  }
  return latest;
}

/** Designated and statutory targets without a sign-off of their current version, each with why. */
export function unsignedTargets(targets: TargetFact[], records: TargetSignOffRecord[]): SignOffBlocker[] {
  const latest = latestSignOffs(records);
  return targets.filter(needsSignOff).flatMap((target) => {
    const record = latest.get(target.id);
    const blocker = (reason: string): SignOffBlocker[] => [
      { kind: BlockerKind.TARGET_SIGN_OFF, ref: target.id, label: targetLabel(target), reason },
    ];
    if (!record) return blocker(`${targetLabel(target)} has no sign-off by a theme lead`);
    if (record.targetVersion !== target.version) {
      return blocker(
        `${targetLabel(target)} changed after its sign-off (signed version ${record.targetVersion}, now ${target.version}): sign it off again`,
      );
    }
    return [];
  });
}

/**
 * After signature: designated and statutory targets not in the latest signed version as they are now (added or changed
 * under controlled refresh and not yet signed off again). The agreement is not what was signed until they are.
 */
export function unsignedSinceSignature(
  targets: TargetFact[],
  signed: { targetId: string; version: number }[],
): SignOffBlocker[] {
  const versions = new Map(signed.map((t) => [t.targetId, t.version]));
  return targets.filter(needsSignOff).flatMap((target) => {
    const version = versions.get(target.id);
    if (version === target.version) return [];
    const what =
      version === undefined
        ? 'was added under controlled refresh and is not in the signed version'
        : `changed under controlled refresh (signed version ${version}, now ${target.version})`;
    return [
      {
        kind: BlockerKind.TARGET_SIGN_OFF,
        ref: target.id,
        label: targetLabel(target),
        reason: `${targetLabel(target)} ${what}: a theme lead signs it off to make it part of the signed agreement`,
      },
    ];
  });
}

export function openPoints(points: OpenPointFact[]): SignOffBlocker[] {
  return points.map((point) => ({
    kind: BlockerKind.NEGOTIATION_POINT,
    ref: point.id,
    label: point.title,
    reason: `negotiation point "${point.title}" is still open (raised by ${point.department ? `${point.department} through the GO` : `a ${words(point.raisedByRole)}`}, open ${point.ageInDays} day${point.ageInDays === 1 ? '' : 's'})`,
  }));
}

/** Every agreement holds the statutory set in force: one blocker per statutory indicator without a statutory target with levels. */
export function missingStatutorySet(facts: Pick<DraftFacts, 'missingStatutoryIndicators'>): SignOffBlocker[] {
  return facts.missingStatutoryIndicators.map((code) => ({
    kind: BlockerKind.STATUTORY_SET,
    ref: code,
    label: `${code} (statutory)`,
    reason: `${code} is in the statutory DCSF set in force today and has no statutory target with all three levels`,
  }));
}

/**
 * Designated and statutory targets without a reliable baseline and without a deferral the GO approved (the 2008
 * practice): the RD's recommendation lists the deferrals, and Ministers sign nothing else.
 */
export function baselinesMissing(targets: DraftTargetFact[]): SignOffBlocker[] {
  return targets.filter(needsSignOff).flatMap((target) => {
    if (!target.placeholder || target.baselineDeferral?.status === 'APPROVED') return [];
    const deferral = target.baselineDeferral;
    const why =
      deferral?.status === 'REQUESTED'
        ? `its deferral to ${deferral.dueBy} awaits the GO's decision`
        : deferral?.status === 'REFUSED'
          ? 'the GO refused its deferral'
          : 'no deferral is approved';
    return [
      {
        kind: BlockerKind.BASELINE,
        ref: target.id,
        label: targetLabel(target),
        reason: `${targetLabel(target)} has no reliable baseline and ${why}`,
      },
    ];
  });
}

/** What stops the Regional Director recommending: open negotiation points, the statutory set incomplete, targets without a valid sign-off or a baseline. */
export function missingForRecommendation(facts: DraftFacts, records: TargetSignOffRecord[]): SignOffBlocker[] {
  return [
    ...openPoints(facts.openNegotiationPoints),
    ...missingStatutorySet(facts),
    ...unsignedTargets(facts.targets, records),
    ...baselinesMissing(facts.targets),
  ];
}

/** Targets added, removed or changed since the RD recommended the agreement: Ministers would sign something else. */
export function changedSinceRecommendation(
  targets: TargetFact[],
  recommended: { id: string; version: number }[],
): SignOffBlocker[] {
  const then = new Map(recommended.map((t) => [t.id, t.version]));
  const now = new Set(targets.map((t) => t.id));
  const blocker = (ref: string, label: string, what: string): SignOffBlocker => ({
    kind: BlockerKind.RECOMMENDATION_OUT_OF_DATE,
    ref,
    label,
    reason: `${label} ${what} after the RD's recommendation: the RD must recommend again`,
  });
  const changed = targets.flatMap((t) => {
    const version = then.get(t.id);
    if (version === undefined) return [blocker(t.id, targetLabel(t), 'was added')];
    return version === t.version
      ? []
      : [blocker(t.id, targetLabel(t), `changed (recommended version ${version}, now ${t.version})`)];
  });
  const removed = recommended.filter((t) => !now.has(t.id)).map((t) => blocker(t.id, `target ${t.id}`, 'was removed'));
  return [...changed, ...removed];
}

/** One readable sentence naming the first few things missing. */
export function describeMissing(what: string, missing: SignOffBlocker[]): string {
  const shown = missing
    .slice(0, 5)
    .map((m) => m.reason)
    .join('; ');
  const more = missing.length > 5 ? `; and ${missing.length - 5} more` : '';
  return `${what}: ${shown}${more}`;
}

const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');
