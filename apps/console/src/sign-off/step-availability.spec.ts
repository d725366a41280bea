import { cabinetConsultationOpen, signatureAvailability, stepAvailability } from './step-availability';

const readiness = (nextStage: string | null, blockers: string[] = []) => ({
  nextStage,
  ready: blockers.length === 0,
  blockers: blockers.map((kind) => ({ kind })),
});

describe('which sign-off steps the page offers', () => {
  it('offers a step only when it is next and nothing blocks it', () => {
    expect(stepAvailability(readiness('RD_RECOMMENDED'), 'RD_RECOMMENDED')).toBe('open');
    expect(stepAvailability(readiness('RD_RECOMMENDED', ['NEGOTIATION_POINT']), 'RD_RECOMMENDED')).toBe('blocked');
    expect(stepAvailability(readiness('TARGETS_SIGNED_OFF'), 'RD_RECOMMENDED')).toBe('not-now');
    expect(stepAvailability(readiness(null), 'SIGNED')).toBe('not-now');
  });

  it('offers the Cabinet consultation before signature, and signature once it is recorded', () => {
    const waiting = readiness('SIGNED', ['CABINET_CONSULTATION']);
    expect(cabinetConsultationOpen(waiting)).toBe(true);
    expect(signatureAvailability(waiting)).toBe('not-now');
    expect(cabinetConsultationOpen(readiness('SIGNED'))).toBe(false);
    expect(signatureAvailability(readiness('SIGNED'))).toBe('open');
    expect(signatureAvailability(readiness('SIGNED', ['CABINET_CONSULTATION', 'CONSISTENCY_REVIEW']))).toBe('blocked');
  });
});
