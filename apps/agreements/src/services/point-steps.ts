import { conflict, notFound, ruleViolation } from '@laa/errors';
import { EntityManager } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { NegotiationPoint, NegotiationPointEvent, OPEN_STATUSES, PointEventKind } from '../entities/negotiation-point';
import { lockAgreement, recordRevision, SignedIn } from './revisions';

/** The point as the agreement's history keeps it: a department's point is the GO's there (the area reads the history). */
export function pointSnapshot(point: NegotiationPoint): Record<string, unknown> {
  const voice = point.department
    ? { raisedBy: point.relayedByName ?? 'Government Office', raisedByRole: point.relayedByRole ?? 'GOVERNMENT_OFFICE' }
    : {};
  return {
    subjectKind: point.subjectKind,
    subjectRef: point.subjectRef,
    title: point.title,
    status: point.status,
    raisedBy: point.raisedByName,
    raisedByRole: point.raisedByRole,
    ...voice,
    department: point.department,
  };
}

export const pointLabel = (point: NegotiationPoint) => `Negotiation point "${point.title}"`;

/** Reads a point and locks its agreement (every step on a point takes the agreement's row lock, as target writes do). */
export async function lockedPoint(
  manager: EntityManager,
  pointId: string,
): Promise<{ point: NegotiationPoint; agreement: Agreement }> {
  const found = await manager.findOneBy(NegotiationPoint, { id: pointId });
  if (!found) throw notFound('NegotiationPoint', pointId);
  const agreement = await lockAgreement(manager, found.agreementId);
  return { point: await manager.findOneByOrFail(NegotiationPoint, { id: pointId }), agreement };
}

/** CONFLICT unless the caller read the point's current version. */
export function requirePointVersion(point: NegotiationPoint, expectedVersion: number): void {
  if (point.version === expectedVersion) return;
  throw conflict(
    `Negotiation point ${point.id} moved on (you had version ${expectedVersion}, it is now ${point.version}): reload it`,
    { version: point.version, status: point.status },
  );
}

export function requireOpen(point: NegotiationPoint): void {
  if (!OPEN_STATUSES.includes(point.status)) {
    throw ruleViolation(
      'POINT_CLOSED',
      `Negotiation point "${point.title}" is ${point.status.toLowerCase()}: raise a new point to reopen the issue`,
    );
  }
}

export async function addEvent(
  manager: EntityManager,
  pointId: string,
  kind: PointEventKind,
  person: SignedIn,
  text: string,
): Promise<void> {
  await manager.insert(NegotiationPointEvent, {
    pointId,
    kind,
    byId: person.id,
    byName: person.name,
    at: new Date(),
    text,
  });
}

/** One step on a point once its checks have passed: what changes, the thread's entry and the history's. */
export interface PointStep {
  changes: Partial<NegotiationPoint>;
  event: PointEventKind;
  eventText: string;
  summary: string;
  /** ADDED where the step brings the point into the area's view (the GO relaying a department's), else CHANGED. */
  action: ChangeAction;
  /** What the history keeps beside the point's new state (the reason, the decision, the GO's note). */
  recorded: Record<string, unknown>;
}

/** Writes a step on a locked point: the point at its next version, an event in its thread, a revision of the agreement. */
export async function writePointStep(
  manager: EntityManager,
  point: NegotiationPoint,
  person: SignedIn,
  step: PointStep,
): Promise<NegotiationPoint> {
  await manager.update(NegotiationPoint, { id: point.id }, { ...step.changes, version: point.version + 1 });
  await addEvent(manager, point.id, step.event, person, step.eventText);
  const after = await manager.findOneByOrFail(NegotiationPoint, { id: point.id });
  await recordRevision(manager, point.agreementId, person, step.summary, [
    {
      itemType: AgreementItemType.NEGOTIATION_POINT,
      itemId: point.id,
      label: pointLabel(point),
      action: step.action,
      before: step.action === ChangeAction.ADDED ? null : pointSnapshot(point),
      after: { ...pointSnapshot(after), ...step.recorded },
    },
  ]);
  return after;
}
