import { ruleViolation } from '@laa/errors';
import { Caller, requireSignedIn } from '@laa/identity';
import { DataSource } from 'typeorm';
import { ChangeAction } from '../entities/agreement-revision';
import { NegotiationPoint, NegotiationPointStatus, PointEventKind } from '../entities/negotiation-point';
import { isWithGo } from '../rules/negotiation-voices';
import { requireDeputyDirector, requireGoStaff } from './negotiators';
import { lockedPoint, pointLabel, requireOpen, requirePointVersion, writePointStep } from './point-steps';

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
      requirePointVersion(point, expectedVersion);
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
      return writePointStep(manager, point, person, {
        changes: { relayedAt: new Date(), relayedById: person.id, relayedByName: person.name, relayedByRole: role },
        event: PointEventKind.RELAYED,
        eventText: note,
        summary: `Raised ${pointLabel(point)} (the GO, for ${point.department})`,
        // The area has not seen the point before: in its history it is raised now, by the GO.
        action: ChangeAction.ADDED,
        recorded: { note },
      });
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
      requirePointVersion(point, input.expectedVersion);
      if (point.status !== NegotiationPointStatus.ESCALATED) {
        throw ruleViolation(
          'POINT_NOT_ESCALATED',
          `Negotiation point "${point.title}" is ${point.status.toLowerCase()}: the Deputy Regional Director decides escalated points`,
        );
      }
      const { decision, reason } = input;
      const decidedAt = new Date();
      return writePointStep(manager, point, person, {
        changes: {
          status: NegotiationPointStatus.RESOLVED,
          closedAt: decidedAt,
          decision,
          decidedById: person.id,
          decidedByName: person.name,
          decidedAt,
        },
        event: PointEventKind.DECIDED,
        eventText: `Decision: ${decision}. Reason: ${reason}`,
        summary: `Decided ${pointLabel(point)} as Deputy Regional Director: ${decision}`,
        action: ChangeAction.CHANGED,
        recorded: { decision, reason },
      });
    });
  }
}
