import { conflict, ruleViolation } from '@laa/errors';
import { Caller, requireSignedIn } from '@laa/identity';
import { DataSource, EntityManager } from 'typeorm';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { NegotiationPoint, NegotiationPointStatus, PointEventKind } from '../entities/negotiation-point';
import { isWithGo } from '../rules/negotiation-voices';
import { addEvent, lockedPoint, pointSnapshot, requireOpen } from './negotiation-service';
import { requireDeputyDirector, requireGoStaff } from './negotiators';
import { recordRevision } from './revisions';

const labelOf = (point: NegotiationPoint) => `Negotiation point "${point.title}"`;

function requireVersion(point: NegotiationPoint, expectedVersion: number): void {
  if (point.version === expectedVersion) return;
  throw conflict(
    `Negotiation point ${point.id} moved on (you had version ${expectedVersion}, it is now ${point.version}): reload it`,
    {
      version: point.version,
      status: point.status,
    },
  );
}

/** Who speaks and who decides: the GO relays departments' points to the area; the Deputy Regional Director decides escalated ones. */
export class PointVoiceService {
  constructor(private readonly db: DataSource) {}

  /**
   * The GO relays a department's point to the area ("the main means by which the departmental view is expressed"):
   * from then on the area sees it, as the GO's, and it enters the agreement's history.
   */
  relay(caller: Caller, pointId: string, expectedVersion: number, note: string): Promise<NegotiationPoint> {
    return this.db.transaction(async (manager) => {
      const { point, agreement } = await lockedPoint(manager, pointId);
      const person = requireGoStaff(
        caller,
        { region: agreement.regionCode, area: agreement.areaCode },
        "relay a department's point to the area",
      );
      requireVersion(point, expectedVersion);
      requireOpen(point);
      if (!isWithGo(point)) {
        throw ruleViolation(
          'POINT_NOT_WITH_GO',
          point.department
            ? `Negotiation point "${point.title}" has already been relayed to the area`
            : `Negotiation point "${point.title}" was not raised by a department: the area sees it already`,
        );
      }
      const role = person.grants.find((g) => g.region === agreement.regionCode)?.role ?? 'GOVERNMENT_OFFICE';
      await manager.update(
        NegotiationPoint,
        { id: point.id },
        {
          relayedAt: new Date(),
          relayedById: person.id,
          relayedByName: person.name,
          relayedByRole: role,
          version: point.version + 1,
        },
      );
      await addEvent(manager, point.id, PointEventKind.RELAYED, person, note);
      const after = await manager.findOneByOrFail(NegotiationPoint, { id: point.id });
      await recordRevision(
        manager,
        agreement.id,
        person,
        `Raised ${labelOf(after)} (the GO, for ${after.department})`,
        [
          {
            itemType: AgreementItemType.NEGOTIATION_POINT,
            itemId: after.id,
            label: labelOf(after),
            action: ChangeAction.ADDED,
            before: null,
            after: { ...pointSnapshot(after), note },
          },
        ],
      );
      return after;
    });
  }

  /** The Deputy Regional Director, "final arbiter in respect to any GO disputes", decides an escalated point: decision and reason kept. */
  decide(
    caller: Caller,
    input: { pointId: string; expectedVersion: number; decision: string; reason: string },
  ): Promise<NegotiationPoint> {
    return this.db.transaction(async (manager) => {
      requireSignedIn(caller);
      const { point, agreement } = await lockedPoint(manager, input.pointId);
      const person = requireDeputyDirector(caller, { region: agreement.regionCode, area: agreement.areaCode });
      requireVersion(point, input.expectedVersion);
      if (point.status !== NegotiationPointStatus.ESCALATED) {
        throw ruleViolation(
          'POINT_NOT_ESCALATED',
          `Negotiation point "${point.title}" is ${point.status.toLowerCase()}: the Deputy Regional Director decides escalated points`,
        );
      }
      return recordDecision(manager, point, person, input.decision, input.reason);
    });
  }
}

async function recordDecision(
  manager: EntityManager,
  point: NegotiationPoint,
  person: ReturnType<typeof requireSignedIn>,
  decision: string,
  reason: string,
): Promise<NegotiationPoint> {
  const decidedAt = new Date();
  await manager.update(
    NegotiationPoint,
    { id: point.id },
    {
      status: NegotiationPointStatus.RESOLVED,
      closedAt: decidedAt,
      decision,
      decidedById: person.id,
      decidedByName: person.name,
      decidedAt,
      version: point.version + 1,
    },
  );
  await addEvent(manager, point.id, PointEventKind.DECIDED, person, `Decision: ${decision}. Reason: ${reason}`);
  const after = await manager.findOneByOrFail(NegotiationPoint, { id: point.id });
  await recordRevision(
    manager,
    point.agreementId,
    person,
    `Decided ${labelOf(point)} as Deputy Regional Director: ${decision}`,
    [
      {
        itemType: AgreementItemType.NEGOTIATION_POINT,
        itemId: point.id,
        label: labelOf(point),
        action: ChangeAction.CHANGED,
        before: pointSnapshot(point),
        after: { ...pointSnapshot(after), decision, reason },
      },
    ],
  );
  return after;
}
