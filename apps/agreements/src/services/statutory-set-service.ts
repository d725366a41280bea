import { ruleViolation } from '@laa/errors';
import { statutoryMemberships, StatutoryMembershipReference } from '@laa/reference-data';
import { DataSource, EntityManager } from 'typeorm';
import { HeldStatutoryMembership, StatutoryIndicator, StatutorySetBy } from '../entities/statutory-membership';
import { Target } from '../entities/target';
import { describeMissingStatutory, missingStatutoryTargets, statutoryCodesInForce } from '../rules/statutory-set';
import { HeldCorrectionFact, NationalIndicatorFacts } from '../rules/national-indicator-facts';
import { holdCorrections, nationalFactsOn } from './indicator-facts';

/** A membership as agreements holds it; the status is the evidence's ReferenceStatus, kept as its text. */
type Membership = Pick<StatutoryMembershipReference, 'from' | 'to' | 'reason'> & { status: string; origin: string };

/** The statutory indicators in force on the day, as agreements holds the set (read in the caller's transaction). */
export async function statutorySetOn(manager: EntityManager, day: string): Promise<string[]> {
  return statutoryCodesInForce(await manager.find(HeldStatutoryMembership), day);
}

/** True when agreements holds the indicator as ever in the statutory set (the file's 16, or as a steward corrected it). */
export function everStatutory(manager: EntityManager, indicatorCode: string): Promise<boolean> {
  return manager.existsBy(HeldStatutoryMembership, { indicatorCode });
}

/** The statutory indicators in force on the day that the agreement has no statutory target with levels for. */
export async function missingStatutory(manager: EntityManager, agreementId: string, day: string): Promise<string[]> {
  const targets = await manager.find(Target, {
    where: { agreementId },
    select: { id: true, kind: true, indicatorCode: true, levels: true },
  });
  return missingStatutoryTargets(await statutorySetOn(manager, day), targets);
}

/** Refuses (RULE_VIOLATION, STATUTORY_SET_INCOMPLETE, naming the indicators in `missing`) unless the agreement holds the set. */
export async function requireStatutorySet(
  manager: EntityManager,
  agreementId: string,
  day: string,
  what: string,
): Promise<void> {
  const missing = await missingStatutory(manager, agreementId, day);
  if (missing.length > 0) {
    throw ruleViolation('STATUTORY_SET_INCOMPLETE', `${what}: ${describeMissingStatutory(missing, day)}`, {
      missing,
      on: day,
    });
  }
}

/** Sets one indicator's memberships (replacing what was held) and records who set them. */
async function hold(
  manager: EntityManager,
  indicatorCode: string,
  memberships: Membership[],
  setBy: StatutorySetBy,
): Promise<void> {
  await manager.upsert(StatutoryIndicator, { indicatorCode, setBy, updatedAt: new Date() }, ['indicatorCode']);
  await manager.delete(HeldStatutoryMembership, { indicatorCode });
  if (memberships.length > 0)
    await manager.insert(
      HeldStatutoryMembership,
      memberships.map((m) => ({ ...m, indicatorCode })),
    );
}

/**
 * Keeps agreements' copy of the indicator facts its rules read: the statutory set (from the reference data at start,
 * from evidence when a steward corrects it) and the steward's corrections of polarity and department.
 */
export class StatutorySetService {
  constructor(private readonly db: DataSource) {}

  /** A steward's correction, as evidence sends it: the indicator's memberships from now on, kept over re-seeds. */
  holdCorrection(indicatorCode: string, memberships: Membership[]): Promise<void> {
    return this.db.transaction((manager) => hold(manager, indicatorCode, memberships, 'DATA_STEWARD'));
  }

  /** A steward's corrections of an indicator's polarity and department, as evidence sends them (all of them, each time). */
  holdFactCorrections(
    indicatorCode: string,
    corrections: (HeldCorrectionFact & { id: string; source: string })[],
  ): Promise<void> {
    return this.db.transaction((manager) => holdCorrections(manager, indicatorCode, corrections));
  }

  /** Polarity and department on the day, as the rules read them. */
  factsOn(day: string): Promise<NationalIndicatorFacts> {
    return nationalFactsOn(this.db.manager, day);
  }

  missingOf(agreementId: string, day: string): Promise<string[]> {
    return missingStatutory(this.db.manager, agreementId, day);
  }
}

/**
 * Seeds the set from the reference data on every start (idempotent): an indicator a steward has corrected keeps the
 * steward's memberships, since a correction wins over the file from its date.
 */
export async function seedStatutorySet(manager: EntityManager, reference = statutoryMemberships()): Promise<void> {
  const setBy = new Map((await manager.find(StatutoryIndicator)).map((i) => [i.indicatorCode, i.setBy]));
  const held = await manager.find(HeldStatutoryMembership);
  const key = (m: Membership) => JSON.stringify([m.from, m.to, m.status, m.reason, m.origin]);
  const codes = new Set([...reference.map((m) => m.indicatorCode), ...[...setBy.keys()]]);
  for (const code of codes) {
    if (setBy.get(code) === 'DATA_STEWARD') continue;
    const wanted = reference
      .filter((m) => m.indicatorCode === code)
      .map(({ from, to, status, reason }) => ({ from, to, status, reason, origin: 'national_indicators.csv' }));
    const current = held.filter((m) => m.indicatorCode === code);
    if (setBy.has(code) && wanted.map(key).sort().join() === current.map(key).sort().join()) continue;
    await hold(manager, code, wanted, 'REFERENCE_DATA');
  }
}
