import { today } from '@laa/database';
import { IndicatorReference, readIndicators, statutoryMemberships } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { Indicator } from '../entities/indicator';
import { IndicatorCorrection } from '../entities/indicator-correction';
import { IndicatorRevision } from '../entities/indicator-revision';
import { StatutoryMembership } from '../entities/statutory-membership';
import {
  changedFields,
  CorrectionFact,
  MembershipFact,
  membershipsWithCorrections,
  REFERENCE_FILE,
  ReferenceValues,
  valuesWithCorrections,
} from '../rules/indicator-corrections';

export interface ReferenceImportReport {
  added: number;
  changed: number;
  unchanged: number;
}

export function referenceValues(row: IndicatorReference): ReferenceValues {
  return {
    number: row.number,
    local: false,
    title: row.title,
    titleStatus: row.titleStatus,
    withdrawn: row.withdrawn,
    theme: row.theme,
    themeStatus: row.themeStatus,
    handbookAnnex: row.handbookAnnex,
    handbookAnnexStatus: row.handbookAnnexStatus,
    department: row.department,
    departmentStatus: row.departmentStatus,
    departmentNote: row.departmentNote,
    polarity: row.polarity,
    polarityStatus: row.polarityStatus,
    statutoryDcsf: row.statutoryDcsf,
    statutoryDcsfStatus: row.statutoryDcsfStatus,
    outcomeGroup: row.outcomeGroup,
    sources: row.sources,
    notes: row.notes,
  };
}

/** Every steward's correction, by indicator. */
async function correctionsByIndicator(manager: EntityManager): Promise<Map<string, CorrectionFact[]>> {
  const all = await manager.find(IndicatorCorrection, { order: { recordedAt: 'ASC' } });
  const byCode = new Map<string, CorrectionFact[]>();
  for (const correction of all)
    byCode.set(correction.indicatorCode, [...(byCode.get(correction.indicatorCode) ?? []), correction]);
  return byCode;
}

/**
 * Imports the national indicator set. Idempotent: unchanged rows are left alone; a corrected value bumps the
 * indicator's revision and the previous values stay in indicator_revision. A steward's correction is an
 * effective-dated fact that wins over the file from its date, so a re-import never undoes one: the file's values are
 * read with every correction in effect laid over them (to undo a correction, the steward records another).
 */
export async function importReferenceIndicators(
  manager: EntityManager,
  rows: IndicatorReference[] = readIndicators(),
  origin = REFERENCE_FILE,
): Promise<ReferenceImportReport> {
  await manager.query('LOCK TABLE evidence.indicator IN EXCLUSIVE MODE');
  const existing = new Map((await manager.find(Indicator, { where: { local: false } })).map((i) => [i.code, i]));
  const corrections = await correctionsByIndicator(manager);
  const memberships = statutoryMemberships(rows);
  const report: ReferenceImportReport = { added: 0, changed: 0, unchanged: 0 };
  const revisions: Partial<IndicatorRevision>[] = [];
  const day = today();
  for (const row of rows) {
    const corrected = corrections.get(row.code) ?? [];
    const held = membershipsWithCorrections(
      row.code,
      memberships.filter((m) => m.indicatorCode === row.code),
      corrected,
    );
    const values = valuesWithCorrections(referenceValues(row), corrected, held, day);
    const current = existing.get(row.code);
    const changed = current ? changedFields(current, values) : Object.keys(values);
    if (current && changed.length === 0) {
      report.unchanged++;
      continue;
    }
    const revision = (current?.revision ?? 0) + 1;
    await manager.upsert(Indicator, { code: row.code, ...values, revision }, ['code']);
    revisions.push({ indicatorCode: row.code, revision, values: { ...values }, changedFields: changed, origin });
    report[current ? 'changed' : 'added']++;
  }
  if (revisions.length > 0) await manager.getRepository(IndicatorRevision).save(revisions);
  await importStatutoryMemberships(manager, rows, corrections);
  return report;
}

/** The statutory set as dated memberships: the file's, with the stewards' corrections; an indicator's rows are replaced only when they differ. */
async function importStatutoryMemberships(
  manager: EntityManager,
  rows: IndicatorReference[],
  corrections: Map<string, CorrectionFact[]>,
): Promise<void> {
  const base = statutoryMemberships(rows);
  const held = await manager.find(StatutoryMembership, { order: { from: 'ASC' } });
  for (const code of new Set([
    ...base.map((m) => m.indicatorCode),
    ...corrections.keys(),
    ...held.map((m) => m.indicatorCode),
  ])) {
    const wanted = membershipsWithCorrections(
      code,
      base.filter((m) => m.indicatorCode === code),
      corrections.get(code) ?? [],
    );
    await replaceMemberships(
      manager,
      code,
      wanted,
      held.filter((m) => m.indicatorCode === code),
    );
  }
}

const membershipKey = (m: Pick<MembershipFact, 'from' | 'to' | 'status' | 'reason' | 'origin'>) =>
  JSON.stringify([m.from, m.to, m.status, m.reason, m.origin]);

/** Sets one indicator's statutory memberships to those wanted; true when anything changed. */
export async function replaceMemberships(
  manager: EntityManager,
  code: string,
  wanted: MembershipFact[],
  held?: StatutoryMembership[],
): Promise<boolean> {
  const current = held ?? (await manager.findBy(StatutoryMembership, { indicatorCode: code }));
  const same =
    current.length === wanted.length &&
    current.map(membershipKey).sort().join() === wanted.map(membershipKey).sort().join();
  if (same) return false;
  await manager.delete(StatutoryMembership, { indicatorCode: code });
  if (wanted.length > 0)
    await manager.insert(
      StatutoryMembership,
      wanted.map((m) => ({ ...m, indicatorCode: code })),
    );
  return true;
}
