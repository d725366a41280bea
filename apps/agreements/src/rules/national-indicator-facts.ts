import { Department, Polarity, ReferenceStatus } from '@laa/domain';
import { IndicatorReference } from '@laa/reference-data';

/** A steward's correction as agreements holds it (see HeldIndicatorCorrection). */
export interface HeldCorrectionFact {
  indicatorCode: string;
  field: 'POLARITY' | 'DEPARTMENT';
  value: string;
  effectiveFrom: string;
  recordedAt: Date;
}

/** An indicator's department with its mark: SOURCED once a steward corrected it. */
export interface DepartmentFact {
  department: Department;
  status: ReferenceStatus;
}

/**
 * The polarity and department of the national indicators on one day, as the rules read them: the reference file's,
 * with every steward's correction in effect that day laid over it (the last-recorded wins, as in evidence, which owns
 * the corrections). One source: the levels check, coverage and the indicator choices all read these.
 */
export class NationalIndicatorFacts {
  private readonly inEffect = new Map<string, HeldCorrectionFact>();

  constructor(
    private readonly reference: ReadonlyMap<string, IndicatorReference>,
    corrections: readonly HeldCorrectionFact[],
    day: string,
  ) {
    const byRecording = [...corrections].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
    for (const correction of byRecording) {
      if (correction.effectiveFrom <= day)
        this.inEffect.set(`${correction.indicatorCode} ${correction.field}`, correction);
    }
  }

  /** The indicator's better direction, null where neither the file nor a correction knows it (or a local indicator). */
  polarityOf(indicatorCode: string): Polarity | null {
    const corrected = this.inEffect.get(`${indicatorCode} POLARITY`);
    if (corrected) return corrected.value as Polarity;
    return this.reference.get(indicatorCode)?.polarity ?? null;
  }

  /** The indicator's lead department, null where neither the file nor a correction gives one. */
  departmentOf(indicatorCode: string): DepartmentFact | null {
    const corrected = this.inEffect.get(`${indicatorCode} DEPARTMENT`);
    if (corrected) return { department: corrected.value as Department, status: ReferenceStatus.SOURCED };
    const indicator = this.reference.get(indicatorCode);
    return indicator?.department ? { department: indicator.department, status: indicator.departmentStatus } : null;
  }
}
