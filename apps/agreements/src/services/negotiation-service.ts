import { notFound, ruleViolation } from '@laa/errors';
import { Caller, Role, RoleGrant } from '@laa/identity';
import { DataSource, EntityManager, In } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementItemType, ChangeAction, ItemChange } from '../entities/agreement-revision';
import {
  NegotiationPoint,
  NegotiationPointEvent,
  NegotiationPointStatus,
  OPEN_STATUSES,
  PointEventKind,
  PointSubjectKind,
} from '../entities/negotiation-point';
import { Target } from '../entities/target';
import { checkVoice, isWithGo } from '../rules/negotiation-voices';
import { isRegionStaff, onGovernmentSide, requireNegotiator } from './negotiators';
import { checkSubject, subjectOf } from './point-subjects';
import { lockAgreement, recordRevision, SignedIn } from './revisions';
import {
  addEvent,
  lockedPoint,
  pointLabel,
  pointSnapshot,
  requireOpen,
  requirePointVersion,
  writePointStep,
} from './point-steps';

export interface NewPoint {
  agreementId: string;
  subjectKind: PointSubjectKind;
  subjectRef?: string | null;
  title: string;
  detail: string;
}

const placeOf = (agreement: Agreement) => ({ region: agreement.regionCode, area: agreement.areaCode });

/** Negotiation points: raised, discussed in a thread, escalated, resolved or withdrawn, each step by a named person. */
export class NegotiationService {
  constructor(private readonly db: DataSource) {}

  raise(caller: Caller, input: NewPoint): Promise<NegotiationPoint> {
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, input.agreementId);
      const { person, grant } = requireNegotiator(caller, placeOf(agreement));
      const subjectRef = await checkSubject(manager, agreement.id, input.subjectKind, input.subjectRef ?? null);
      checkVoice(grant.role, await subjectOf(manager, agreement.id, input.subjectKind, subjectRef));
      const point = manager.create(NegotiationPoint, {
        agreementId: agreement.id,
        subjectKind: input.subjectKind,
        subjectRef,
        title: input.title.trim(),
        status: NegotiationPointStatus.OPEN,
        raisedById: person.id,
        raisedByName: person.name,
        raisedByRole: grant.role,
        department: grant.role === Role.DEPARTMENT_ANALYST ? (grant.department ?? null) : null,
        raisedAt: new Date(),
        closedAt: null,
        ...NOT_RELAYED,
        ...NOT_DECIDED,
        version: 1,
      });
      const { identifiers } = await manager.insert(NegotiationPoint, point);
      const saved = await manager.findOneByOrFail(NegotiationPoint, { id: identifiers[0].id as string });
      await addEvent(manager, saved.id, PointEventKind.RAISED, person, input.detail);
      // A department's point is with the GO: it enters the agreement's history (which the area reads) when relayed.
      if (isWithGo(saved)) return saved;
      await recordRevision(manager, agreement.id, person, `Raised ${pointLabel(saved)}`, [
        {
          itemType: AgreementItemType.NEGOTIATION_POINT,
          itemId: saved.id,
          label: pointLabel(saved),
          action: ChangeAction.ADDED,
          before: null,
          after: pointSnapshot(saved),
        },
      ]);
      return saved;
    });
  }

  comment(caller: Caller, pointId: string, text: string): Promise<NegotiationPoint> {
    return this.db.transaction(async (manager) => {
      const { point, agreement } = await lockedPoint(manager, pointId);
      const { person, grant } = requireNegotiator(caller, placeOf(agreement));
      await requireVoice(manager, caller, grant, point, agreement);
      requireOpen(point);
      await addEvent(manager, point.id, PointEventKind.COMMENTED, person, text);
      await recordRevision(manager, agreement.id, person, `Commented on ${pointLabel(point)}`, [
        {
          itemType: AgreementItemType.NEGOTIATION_POINT,
          itemId: point.id,
          label: pointLabel(point),
          action: ChangeAction.CHANGED,
          before: pointSnapshot(point),
          after: { ...pointSnapshot(point), comment: text },
        },
      ]);
      return point;
    });
  }

  escalate(caller: Caller, pointId: string, expectedVersion: number, reason: string): Promise<NegotiationPoint> {
    return this.move(caller, pointId, expectedVersion, reason, NegotiationPointStatus.ESCALATED);
  }

  resolve(caller: Caller, pointId: string, expectedVersion: number, reason: string): Promise<NegotiationPoint> {
    return this.move(caller, pointId, expectedVersion, reason, NegotiationPointStatus.RESOLVED);
  }

  withdraw(caller: Caller, pointId: string, expectedVersion: number, reason: string): Promise<NegotiationPoint> {
    return this.move(caller, pointId, expectedVersion, reason, NegotiationPointStatus.WITHDRAWN);
  }

  private move(
    caller: Caller,
    pointId: string,
    expectedVersion: number,
    reason: string,
    status: NegotiationPointStatus,
  ): Promise<NegotiationPoint> {
    return this.db.transaction(async (manager) => {
      const { point, agreement } = await lockedPoint(manager, pointId);
      const { person, grant } = requireNegotiator(caller, placeOf(agreement));
      await requireVoice(manager, caller, grant, point, agreement);
      if (status !== NegotiationPointStatus.ESCALATED)
        requireOwnerOrGo(caller, person, grant.department, point, agreement);
      if (point.status === NegotiationPointStatus.ESCALATED) requireUndisputed(person, grant.department, point, status);
      requirePointVersion(point, expectedVersion);
      return changeStatus(manager, point, status, person, reason, EVENT_OF[status]);
    });
  }

  byAgreements(agreementIds: readonly string[]): Promise<NegotiationPoint[]> {
    return this.db
      .getRepository(NegotiationPoint)
      .find({ where: { agreementId: In([...agreementIds]) }, order: { raisedAt: 'ASC' } });
  }

  openOfTargets(targetIds: readonly string[]): Promise<NegotiationPoint[]> {
    return this.db.getRepository(NegotiationPoint).find({
      where: { subjectKind: PointSubjectKind.TARGET, subjectRef: In([...targetIds]), status: In(OPEN_STATUSES) },
      order: { raisedAt: 'ASC' },
    });
  }

  byIds(ids: readonly string[]): Promise<NegotiationPoint[]> {
    return this.db.getRepository(NegotiationPoint).findBy({ id: In([...ids]) });
  }

  eventsOf(pointIds: readonly string[]): Promise<NegotiationPointEvent[]> {
    return this.db
      .getRepository(NegotiationPointEvent)
      .find({ where: { pointId: In([...pointIds]) }, order: { at: 'ASC' } });
  }
}

const EVENT_OF: Record<NegotiationPointStatus, PointEventKind> = {
  OPEN: PointEventKind.RAISED,
  ESCALATED: PointEventKind.ESCALATED,
  RESOLVED: PointEventKind.RESOLVED,
  WITHDRAWN: PointEventKind.WITHDRAWN,
};

const VERB_OF: Record<NegotiationPointStatus, string> = {
  OPEN: 'Reopened',
  ESCALATED: 'Escalated',
  RESOLVED: 'Resolved',
  WITHDRAWN: 'Withdrew',
};

/** Moves an open point on (used by the thread and by case conference outcomes), in the caller's transaction. */
export async function changeStatus(
  manager: EntityManager,
  point: NegotiationPoint,
  status: NegotiationPointStatus,
  person: SignedIn,
  reason: string,
  event: PointEventKind,
): Promise<NegotiationPoint> {
  requireOpen(point);
  if (status === point.status)
    throw ruleViolation('POINT_STATUS', `Negotiation point ${point.id} is already ${status}`);
  const closing = !OPEN_STATUSES.includes(status);
  return writePointStep(manager, point, person, {
    changes: { status, closedAt: closing ? new Date() : null },
    event,
    eventText: reason,
    summary: `${VERB_OF[status]} ${pointLabel(point)}: ${reason}`,
    action: ChangeAction.CHANGED,
    recorded: { reason },
  });
}

/**
 * Withdraws the open points raised against a target that is being removed, in the removal's
 * transaction: each thread records the removal's reason, and the caller writes one revision for
 * the removal and these withdrawals together (returned as its item changes).
 */
export async function withdrawPointsOfRemovedTarget(
  manager: EntityManager,
  target: Target,
  person: SignedIn,
  reason: string,
): Promise<ItemChange[]> {
  const open = await manager.findBy(NegotiationPoint, {
    subjectKind: PointSubjectKind.TARGET,
    subjectRef: target.id,
    status: In(OPEN_STATUSES),
  });
  const because = `Withdrawn because target ${target.indicatorCode} was removed: ${reason}`;
  const changes: ItemChange[] = [];
  for (const point of open) {
    await manager.update(
      NegotiationPoint,
      { id: point.id, version: point.version },
      { status: NegotiationPointStatus.WITHDRAWN, closedAt: new Date(), version: point.version + 1 },
    );
    await addEvent(manager, point.id, PointEventKind.WITHDRAWN, person, because);
    const after = { ...pointSnapshot(point), status: NegotiationPointStatus.WITHDRAWN, reason: because };
    changes.push({
      itemType: AgreementItemType.NEGOTIATION_POINT,
      itemId: point.id,
      label: pointLabel(point),
      action: ChangeAction.CHANGED,
      before: pointSnapshot(point),
      after,
    });
  }
  return changes;
}

/** Resolving or withdrawing: whoever raised it (or their department), or the GO that leads the negotiation. */
function requireOwnerOrGo(
  caller: Caller,
  person: SignedIn,
  department: string | undefined,
  point: NegotiationPoint,
  agreement: Agreement,
): void {
  const owner = person.id === point.raisedById || (!!department && department === point.department);
  if (!owner && !isRegionStaff(caller, placeOf(agreement))) {
    throw ruleViolation(
      'POINT_OWNER',
      `Only whoever raised the point (or their department) or the Government Office may resolve or withdraw it`,
    );
  }
}

/** A new point is neither relayed nor decided. */
const NOT_RELAYED = { relayedAt: null, relayedById: null, relayedByName: null, relayedByRole: null };
const NOT_DECIDED = { decision: null, decidedById: null, decidedByName: null, decidedAt: null };

/**
 * Whoever speaks to a point must have a voice on its subject (a department none on local targets, the National
 * Strategies only on the statutory set), and the area cannot reach a department's point while it is with the GO.
 */
async function requireVoice(
  manager: EntityManager,
  caller: Caller,
  grant: RoleGrant,
  point: NegotiationPoint,
  agreement: Agreement,
): Promise<void> {
  if (isWithGo(point) && !onGovernmentSide(caller, agreement.regionCode)) throw notFound('NegotiationPoint', point.id);
  checkVoice(grant.role, await subjectOf(manager, agreement.id, point.subjectKind, point.subjectRef));
}

/**
 * The Deputy Regional Director is "the final arbiter in respect to any GO disputes": an escalated point is decided
 * (decideNegotiationPoint) or settled by a case conference, not resolved by a party; whoever raised it may still withdraw it.
 */
function requireUndisputed(
  person: SignedIn,
  department: string | undefined,
  point: NegotiationPoint,
  status: NegotiationPointStatus,
): void {
  const raiser = person.id === point.raisedById || (!!department && department === point.department);
  if (status === NegotiationPointStatus.WITHDRAWN && raiser) return;
  throw ruleViolation(
    'ESCALATED_POINT_DECIDED_BY_DRD',
    `Negotiation point "${point.title}" is escalated: the Deputy Regional Director decides it (decideNegotiationPoint), or a case conference settles it; only whoever raised it may withdraw it`,
  );
}
