import { TargetSignOffRecord } from '../entities/target';
import { DraftFacts, TargetFact } from './agreement-facts';

/** Designated and statutory targets need a theme lead's sign-off; local targets are the partnership's own. */
export const needsSignOff = (target: TargetFact) => target.kind === 'DESIGNATED' || target.kind === 'STATUTORY_DCSF';

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
export function unsignedTargets(targets: TargetFact[], records: TargetSignOffRecord[]): string[] {
  const latest = latestSignOffs(records);
  return targets.filter(needsSignOff).flatMap((target) => {
    const record = latest.get(target.id);
    if (!record) return [`target ${target.id} (${target.kind}) has no sign-off`];
    if (record.targetVersion !== target.version) {
      return [`target ${target.id} (${target.kind}) changed after its sign-off (signed version ${record.targetVersion}, now ${target.version})`];
    }
    return [];
  });
}

/** What stops the Regional Director recommending: open negotiation points and targets without a valid sign-off. */
export function missingForRecommendation(facts: DraftFacts, records: TargetSignOffRecord[]): string[] {
  const points = facts.openNegotiationPointCount > 0 ? [`${facts.openNegotiationPointCount} negotiation point(s) still open`] : [];
  return [...points, ...unsignedTargets(facts.targets, records)];
}

/** One readable sentence naming the first few things missing. */
export function describeMissing(what: string, missing: string[]): string {
  const shown = missing.slice(0, 5).join('; ');
  const more = missing.length > 5 ? `; and ${missing.length - 5} more` : '';
  return `${what}: ${shown}${more}`;
}
