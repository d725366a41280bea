import { badInput, ruleViolation } from '@laa/errors';
import { IndicatorReference, readIndicators } from '@laa/reference-data';
import { TargetKind } from '../entities/target-kind';

/** Up to 35 designated improvement targets per agreement (the statutory DCSF set comes on top). */
export const MAX_DESIGNATED = 35;

let national: Map<string, IndicatorReference> | null = null;

/** The national indicator set by code, read once from the reference data. */
export function nationalIndicators(): Map<string, IndicatorReference> {
  national ??= new Map(readIndicators().map((indicator) => [indicator.code, indicator]));
  return national;
}

/** "NI 116", "ni116" and "116" are NI116; anything else is taken as a local indicator code. */
export function normaliseIndicatorCode(code: string): string {
  const match = /^\s*(?:NI\s*)?0*(\d{1,3})\s*$/i.exec(code);
  return match ? `NI${Number(match[1])}` : code.trim();
}

/** Checks the indicator may carry a target of this kind; returns it (null for a local indicator). */
export function checkIndicatorForKind(
  kind: TargetKind,
  code: string,
  localTitle: string | null | undefined,
  /** Whether the indicator is ever in the statutory set as agreements holds it (a steward may have corrected the file). */
  statutory?: boolean,
): IndicatorReference | null {
  const indicator = nationalIndicators().get(code) ?? null;
  if (!indicator && /^NI\d+$/.test(code)) throw badInput(`${code} is not in the national indicator set`);
  if (indicator?.withdrawn) {
    throw ruleViolation(
      'WITHDRAWN_INDICATOR',
      `${code} has been withdrawn from the national indicator set and cannot carry a target`,
    );
  }
  if (!indicator) {
    if (kind !== TargetKind.LOCAL) {
      throw ruleViolation(
        'NATIONAL_INDICATOR',
        `A ${kind === TargetKind.DESIGNATED ? 'designated' : 'statutory DCSF'} target must use an indicator from the national indicator set; ${code} is a local indicator: make it a LOCAL target`,
      );
    }
    if (!localTitle?.trim())
      throw badInput(`A local indicator (${code}) needs a localIndicatorTitle saying what it measures`);
    return null;
  }
  const inStatutorySet = statutory ?? indicator.statutoryDcsf;
  if (kind === TargetKind.STATUTORY_DCSF && !inStatutorySet) {
    throw ruleViolation(
      'STATUTORY_SET',
      `${code} is not in the statutory DCSF education and early years set (${statutoryCodes().join(', ')})`,
    );
  }
  if (kind === TargetKind.DESIGNATED && inStatutorySet) {
    throw ruleViolation(
      'STATUTORY_SET',
      `${code} is a statutory DCSF indicator: add it as a STATUTORY_DCSF target, not as one of the 35 designated`,
    );
  }
  return indicator;
}

/** The statutory DCSF set as the reference data gives it (the rule follows the data, not a number). */
export function statutoryCodes(): string[] {
  return [...nationalIndicators().values()].filter((i) => i.statutoryDcsf).map((i) => i.code);
}

export function checkDesignatedCount(designatedSoFar: number): void {
  if (designatedSoFar >= MAX_DESIGNATED) {
    throw ruleViolation(
      'AT_MOST_35_DESIGNATED',
      `An agreement can have at most ${MAX_DESIGNATED} designated improvement targets and this one already has ${designatedSoFar}: remove one, or add this as a local target`,
    );
  }
}
