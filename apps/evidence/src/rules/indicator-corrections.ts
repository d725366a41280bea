import { Department, Polarity, ReferenceStatus } from '@laa/domain';
import { StatutoryMembershipReference } from '@laa/reference-data';
import type { Indicator } from '../entities/indicator';
import { CorrectedField, CorrectedValue } from '../entities/indicator-correction';

/** The reference values of an indicator that a re-import or a steward may correct (everything but its identity). */
export type ReferenceValues = Omit<Indicator, 'code' | 'revision' | 'ownerArea' | 'definition' | 'definedBy'>;

/** A steward's correction as the rules read it. */
export interface CorrectionFact {
  id: string;
  field: CorrectedField;
  value: CorrectedValue;
  source: string;
  effectiveFrom: string;
  recordedAt: Date;
}

/** A statutory membership with where it came from (the reference file, or a correction's id). */
export interface MembershipFact extends StatutoryMembershipReference {
  origin: string;
}

export const REFERENCE_FILE = 'national_indicators.csv';

/**
 * Corrections are effective-dated facts: each one holds from its date onward, over the reference file and over any
 * correction recorded before it. On a given day the value is the last-recorded correction in effect that day.
 */
const byRecording = (corrections: CorrectionFact[]) =>
  [...corrections].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());

export function correctionInEffect(
  corrections: CorrectionFact[],
  field: CorrectedField,
  day: string,
): CorrectionFact | null {
  const inEffect = byRecording(corrections).filter((c) => c.field === field && c.effectiveFrom <= day);
  return inEffect[inEffect.length - 1] ?? null;
}

/** The statutory memberships of one indicator: the reference file's, each statutory correction cutting in from its date. */
export function membershipsWithCorrections(
  indicatorCode: string,
  base: StatutoryMembershipReference[],
  corrections: CorrectionFact[],
): MembershipFact[] {
  let memberships: MembershipFact[] = base.map((m) => ({ ...m, origin: REFERENCE_FILE }));
  for (const correction of byRecording(corrections).filter((c) => c.field === CorrectedField.STATUTORY_DCSF)) {
    const from = correction.effectiveFrom;
    memberships = memberships
      .filter((m) => m.from < from)
      .map((m) => (m.to === null || m.to > from ? { ...m, to: from } : m));
    if (correction.value === true) {
      const reason = `Corrected by the national data steward from ${from}: ${correction.source}`;
      memberships.push({
        indicatorCode,
        from,
        to: null,
        status: ReferenceStatus.SOURCED,
        reason,
        origin: correction.id,
      });
    }
  }
  return memberships;
}

/** The reference file's values with the corrections in effect on the day laid over them, each corrected value SOURCED. */
export function valuesWithCorrections(
  file: ReferenceValues,
  corrections: CorrectionFact[],
  memberships: MembershipFact[],
  day: string,
): ReferenceValues {
  const values: ReferenceValues = { ...file, sources: [...file.sources] };
  const title = correctionInEffect(corrections, CorrectedField.TITLE, day);
  if (title) Object.assign(values, { title: title.value as string, titleStatus: ReferenceStatus.SOURCED });
  const department = correctionInEffect(corrections, CorrectedField.DEPARTMENT, day);
  // The file's note words the department it gave; it would contradict the corrected one.
  if (department)
    Object.assign(values, {
      department: department.value as Department,
      departmentStatus: ReferenceStatus.SOURCED,
      departmentNote: null,
    });
  const polarity = correctionInEffect(corrections, CorrectedField.POLARITY, day);
  if (polarity)
    Object.assign(values, { polarity: polarity.value as Polarity, polarityStatus: ReferenceStatus.SOURCED });
  const statutory = correctionInEffect(corrections, CorrectedField.STATUTORY_DCSF, day);
  if (statutory)
    Object.assign(values, { statutoryDcsf: memberships.length > 0, statutoryDcsfStatus: ReferenceStatus.SOURCED });
  for (const correction of [title, department, polarity, statutory]) {
    if (correction)
      values.sources.push(
        `${correction.field.toLowerCase()} (steward's correction from ${correction.effectiveFrom}): ${correction.source}`,
      );
  }
  return values;
}

/** The fields whose values differ (compared as JSON, as they are stored). */
export function changedFields(before: ReferenceValues, after: ReferenceValues): string[] {
  return (Object.keys(after) as (keyof ReferenceValues)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}
