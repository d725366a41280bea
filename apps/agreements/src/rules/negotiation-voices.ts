import { ruleViolation } from '@laa/errors';
import { Role } from '@laa/identity';
import { PointSubjectKind } from '../entities/negotiation-point';
import { TargetKind } from '../entities/target-kind';

/** What a point is about, as far as who may speak to it: the kind of target it concerns, if any. */
export interface PointSubject {
  kind: PointSubjectKind;
  /** The target's kind (TARGET), or the kind of the agreement's target on the indicator (INDICATOR); null otherwise. */
  targetKind: TargetKind | null;
  /** INDICATOR only: true for a national indicator, false for a local one. */
  national: boolean;
  /** INDICATOR only: the indicator is in the statutory DCSF set. */
  statutory: boolean;
}

/** Departments have "no part in" the negotiation (or monitoring) of local targets: the source's words. */
export const DEPARTMENT_LOCAL_TARGET = 'DEPARTMENT_LOCAL_TARGET';
/** The National Strategies negotiate the statutory education and early years targets on DCSF's behalf, nothing else. */
export const NATIONAL_STRATEGIES_STATUTORY_ONLY = 'NATIONAL_STRATEGIES_STATUTORY_ONLY';

const isLocal = (subject: PointSubject) =>
  subject.targetKind === TargetKind.LOCAL || (subject.kind === PointSubjectKind.INDICATOR && !subject.national);

const isStatutory = (subject: PointSubject) =>
  subject.targetKind === TargetKind.STATUTORY_DCSF ||
  (subject.kind === PointSubjectKind.INDICATOR && subject.statutory);

/**
 * Refuses a voice the source does not give: a department on a local target (or a local indicator), and the National
 * Strategies on anything but the statutory set. Everyone else who negotiates may speak to any subject.
 */
export function checkVoice(role: Role, subject: PointSubject): void {
  if (role === Role.DEPARTMENT_ANALYST && isLocal(subject)) {
    throw ruleViolation(
      DEPARTMENT_LOCAL_TARGET,
      'Departments have no part in the negotiation or monitoring of local targets: they are set locally, with no central negotiation or reporting',
    );
  }
  if (role === Role.NATIONAL_STRATEGIES_ADVISER && !isStatutory(subject)) {
    throw ruleViolation(
      NATIONAL_STRATEGIES_STATUTORY_ONLY,
      "The National Strategies negotiate the statutory education and early years targets on DCSF's behalf: raise points on those targets or their indicators only",
    );
  }
}

/** A department's point stays with the GO until the GO relays it: departments speak through the GO. */
export const isWithGo = (point: { department: string | null; relayedAt: Date | null }): boolean =>
  !!point.department && !point.relayedAt;
