import { inForceOn } from '@laa/reference-data';

/** A target as the statutory rule reads it. */
export interface StatutoryTargetFact {
  kind: string;
  indicatorCode: string;
  levels: (number | null)[];
}

/** A statutory membership as agreements holds it. */
export interface MembershipFact {
  indicatorCode: string;
  from: string;
  to: string | null;
}

const number = (code: string) => Number(code.replace(/\D/g, ''));

/** The statutory indicators in force on the day, in number order. */
export function statutoryCodesInForce(memberships: MembershipFact[], day: string): string[] {
  return [...new Set(memberships.filter((m) => inForceOn(m, day)).map((m) => m.indicatorCode))].sort(
    (a, b) => number(a) - number(b),
  );
}

/**
 * Every agreement holds the statutory set in force: each indicator of it needs a statutory target with all three
 * levels. Returns the indicators still missing one (empty when the set is complete).
 */
export function missingStatutoryTargets(inForce: string[], targets: StatutoryTargetFact[]): string[] {
  const held = new Set(
    targets
      .filter((t) => t.kind === 'STATUTORY_DCSF' && t.levels.length === 3 && t.levels.every((level) => level !== null))
      .map((t) => t.indicatorCode),
  );
  return inForce.filter((code) => !held.has(code));
}

/** The refusal's words, naming each missing indicator. */
export function describeMissingStatutory(missing: string[], day: string): string {
  return `The statutory DCSF education and early years set in force on ${day} needs a statutory target with all three levels on ${missing.join(', ')}`;
}
