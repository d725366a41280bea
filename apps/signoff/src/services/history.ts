import { DEPARTMENT_NAMES } from '@laa/domain';
import { CabinetConsultation } from '../entities/cabinet-consultation';
import { GoverningBodyAgreement } from '../entities/governing-body';
import { ModerationFlag } from '../entities/moderation-flag';
import { SignedVersion } from '../entities/signed-version';
import { SignOffEvent, SignOffEventKind } from '../entities/sign-off-event';
import { SignOffStep } from '../entities/sign-off';
import { TargetSignOffRecord } from '../entities/target';
import { TargetChangeRequest, TargetChangeStatus } from '../entities/target-change';

export interface SignOffRecords {
  steps: SignOffStep[];
  governingBodies: GoverningBodyAgreement[];
  targetSignOffs: TargetSignOffRecord[];
  consultations: CabinetConsultation[];
  reviews: ModerationFlag[];
  changes: TargetChangeRequest[];
  versions: SignedVersion[];
}

const STEP_SUMMARIES: Record<string, string> = {
  LSP_SIGNED_OFF: 'The LSP signed off the story of place and the draft',
  PARTNERS_AGREED: "Partners' governing bodies agreed the draft",
  TARGETS_SIGNED_OFF: 'GO theme leads had signed off every designated and statutory target',
  RD_RECOMMENDED: 'The Regional Director recommended the agreement to Ministers',
  SIGNED: 'Ministers signed the agreement',
};

type Event = SignOffEvent;
const event = (fields: Partial<Event> & Pick<Event, 'at' | 'kind' | 'summary' | 'by'>): Event => ({
  role: null,
  reason: null,
  stage: null,
  targetId: null,
  ...fields,
});

/** Every sign-off record of one agreement as one history, oldest first: steps, target sign-offs, Cabinet, reviews, refresh, signed versions. */
export function signOffHistory(records: SignOffRecords): SignOffEvent[] {
  const label = targetLabels(records);
  const events: Event[] = [
    ...records.steps.map((s) =>
      event({
        at: s.takenAt,
        kind: SignOffEventKind.STEP,
        stage: s.stage,
        by: s.takenBy,
        role: s.role,
        reason: s.reason,
        summary: stepSummary(s, records.governingBodies),
      }),
    ),
    ...records.targetSignOffs.map((r) =>
      event({
        at: r.signedAt,
        kind: SignOffEventKind.TARGET_SIGNED_OFF,
        by: r.signedBy,
        role: r.role,
        targetId: r.targetId,
        reason: r.note || null,
        summary: `${label(r.targetId)} version ${r.targetVersion} signed off, confirmed with ${DEPARTMENT_NAMES[r.department] ?? r.department} by ${r.confirmedBy} on ${r.confirmedOn}`,
      }),
    ),
    ...records.consultations.map((c) =>
      event({
        at: c.recordedAt,
        kind: SignOffEventKind.CABINET_CONSULTED,
        by: c.recordedBy,
        role: c.recordedByRole,
        reason: c.outcome,
        summary: `The Secretary of State consulted ${c.colleagues.join(', ')}`,
      }),
    ),
    ...records.reviews.flatMap((f) => [
      event({
        at: f.raisedAt,
        kind: SignOffEventKind.REVIEW_RAISED,
        by: f.raisedBy,
        role: f.raisedByRole,
        reason: f.reason,
        summary: 'Marked for a cross-GO consistency review',
      }),
      ...(f.resolvedAt && f.resolvedBy
        ? [
            event({
              at: f.resolvedAt,
              kind: SignOffEventKind.REVIEW_RESOLVED,
              by: f.resolvedBy,
              role: f.resolvedByRole,
              reason: f.resolution,
              summary: 'Consistency review resolved',
            }),
          ]
        : []),
    ]),
    ...records.changes.flatMap((c) => changeEvents(c, label)),
    ...records.versions.map((v) =>
      event({
        at: v.signedAt,
        kind: SignOffEventKind.VERSION_SIGNED,
        by: v.signedBy,
        role: v.signedByRole,
        reason: v.reason,
        summary: `Signed version ${v.number} recorded: ${v.targets.length} targets`,
      }),
    ),
  ];
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function stepSummary(step: SignOffStep, bodies: GoverningBodyAgreement[]): string {
  const base = STEP_SUMMARIES[step.stage] ?? step.stage;
  const agreed = bodies.filter((b) => b.stepId === step.id).map((b) => `${b.organisation} (${b.body}, ${b.agreedOn})`);
  return agreed.length ? `${base}: ${agreed.join('; ')}` : base;
}

function changeEvents(change: TargetChangeRequest, label: (id: string) => string): Event[] {
  const what = change.targetId
    ? `${change.change.toLowerCase().replace(/_/g, ' ')} of ${label(change.targetId)}`
    : 'a new designated target';
  const levels = change.proposedLevels ? ` to ${change.proposedLevels.join(' / ')}` : '';
  const requested = event({
    at: change.requestedAt,
    kind: SignOffEventKind.CHANGE_REQUESTED,
    by: change.requestedBy,
    role: change.requestedByRole,
    reason: change.reason,
    targetId: change.targetId,
    summary: `Change requested: ${what}${levels} (approval: ${change.approvalLevel === 'MINISTERS' ? 'Ministers' : 'the Government Office'})`,
  });
  if (!change.decidedAt || !change.decidedBy) return [requested];
  const outcome = change.status === TargetChangeStatus.REJECTED ? 'rejected' : 'approved';
  return [
    requested,
    event({
      at: change.decidedAt,
      kind: SignOffEventKind.CHANGE_DECIDED,
      by: change.decidedBy,
      role: change.decidedByRole,
      reason: change.decisionReason,
      targetId: change.targetId,
      summary: `Change ${outcome}: ${what}`,
    }),
  ];
}

/** Names targets by indicator from what sign-off itself kept (target sign-offs, signed versions). */
function targetLabels(records: SignOffRecords): (id: string) => string {
  const codes = new Map<string, string>();
  for (const v of records.versions)
    for (const t of v.targets) if (t.indicatorCode) codes.set(t.targetId, t.indicatorCode);
  for (const r of records.targetSignOffs) if (r.indicatorCode) codes.set(r.targetId, r.indicatorCode);
  return (id) => (codes.has(id) ? `target ${codes.get(id)}` : `target ${id}`);
}
