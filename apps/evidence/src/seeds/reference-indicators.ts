import { IndicatorReference, readIndicators } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { Indicator } from '../entities/indicator';
import { IndicatorRevision } from '../entities/indicator-revision';

/** The reference values of an indicator that a re-import may correct (everything but its identity). */
type ReferenceValues = Omit<Indicator, 'code' | 'revision' | 'ownerArea' | 'definition' | 'definedBy'>;

export interface ReferenceImportReport {
  added: number;
  changed: number;
  unchanged: number;
}

function referenceValues(row: IndicatorReference): ReferenceValues {
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

function changedFields(before: ReferenceValues, after: ReferenceValues): string[] {
  return (Object.keys(after) as (keyof ReferenceValues)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

/**
 * Imports the national indicator set. Idempotent: unchanged rows are left alone; a corrected value
 * bumps the indicator's revision and the previous values stay in indicator_revision.
 */
export async function importReferenceIndicators(
  manager: EntityManager,
  rows: IndicatorReference[] = readIndicators(),
  origin = 'national_indicators.csv',
): Promise<ReferenceImportReport> {
  await manager.query('LOCK TABLE evidence.indicator IN EXCLUSIVE MODE');
  const existing = new Map((await manager.find(Indicator, { where: { local: false } })).map((i) => [i.code, i]));
  const report: ReferenceImportReport = { added: 0, changed: 0, unchanged: 0 };
  const revisions: Omit<IndicatorRevision, 'id' | 'recordedAt'>[] = [];
  for (const row of rows) {
    const values = referenceValues(row);
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
  return report;
}
