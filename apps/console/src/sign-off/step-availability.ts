/**
 * Which sign-off actions the page offers: only one that can be taken now. The API decides (readiness: the next
 * stage, whether it is ready, what blocks it); the page reads that answer and offers the step's button when it is
 * the next step and nothing blocks it, says "not yet" when it is next but blocked, and offers nothing otherwise.
 */
export interface Readiness {
  nextStage: string | null;
  ready: boolean;
  blockers: { kind: string }[];
}

export type StepAvailability = 'open' | 'blocked' | 'not-now';

export function stepAvailability(readiness: Readiness, stage: string): StepAvailability {
  if (readiness.nextStage !== stage) return 'not-now';
  return readiness.ready ? 'open' : 'blocked';
}

/**
 * The Cabinet consultation is recorded on the way to signature: while signature is next and the consultation is
 * one of the things it waits for. Once recorded it is not offered again.
 */
export function cabinetConsultationOpen(readiness: Readiness): boolean {
  return readiness.nextStage === 'SIGNED' && readiness.blockers.some((b) => b.kind === 'CABINET_CONSULTATION');
}

/** Signature waits only for the consultation: the Minister is offered the consultation first, then signature. */
export function signatureAvailability(readiness: Readiness): StepAvailability {
  const step = stepAvailability(readiness, 'SIGNED');
  if (step !== 'blocked') return step;
  return readiness.blockers.every((b) => b.kind === 'CABINET_CONSULTATION') ? 'not-now' : 'blocked';
}
