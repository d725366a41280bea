import { Department } from '@laa/domain';
import { badInput, forbidden, notFound, ruleViolation } from '@laa/errors';
import { Caller } from '@laa/identity';
import { DataSource, EntityManager, In } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { CaseConference, CaseConferenceItem, CaseConferenceRequest } from '../entities/case-conference';
import { NegotiationPoint, NegotiationPointStatus, PointEventKind } from '../entities/negotiation-point';
import { changeStatus } from './negotiation-service';
import { partnershipGrant, requireGoStaff } from './negotiators';
import { isWithGo } from '../rules/negotiation-voices';
import { lockAgreement, recordRevision } from './revisions';

export interface NewConference {
  agreementId: string;
  heldOn: string;
  invitedDepartments: Department[];
  invitedPartnerIds: string[];
  invitedOthers: string[];
  agendaPointIds: string[];
  /** The partnership's request this conference answers, if any. */
  requestId?: string | null;
}

export interface NewConferenceRequest {
  agreementId: string;
  reason: string;
  agendaPointIds: string[];
}

const labelOf = (conference: CaseConference) => `Case conference on ${conference.heldOn}`;

/** Case conferences: convened by the GO to resolve the hard points; outcomes recorded against the agenda. */
export class ConferenceService {
  constructor(private readonly db: DataSource) {}

  schedule(caller: Caller, input: NewConference): Promise<CaseConference> {
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, input.agreementId);
      const person = requireGoStaff(
        caller,
        { region: agreement.regionCode, area: agreement.areaCode },
        'schedule a case conference',
      );
      const request = input.requestId ? await openRequest(manager, agreement, input.requestId) : null;
      const agendaIds = [...new Set([...input.agendaPointIds, ...(request?.pointIds ?? [])])];
      const points = agendaIds.length
        ? await manager.findBy(NegotiationPoint, { id: In(agendaIds), agreementId: agreement.id })
        : [];
      if (points.length !== agendaIds.length)
        throw badInput('Every agenda item must be a negotiation point of this agreement');
      const { identifiers } = await manager.insert(CaseConference, {
        agreementId: agreement.id,
        heldOn: input.heldOn,
        invitedDepartments: [...new Set(input.invitedDepartments)],
        invitedPartnerIds: [...new Set(input.invitedPartnerIds)],
        invitedOthers: input.invitedOthers,
        scheduledById: person.id,
        scheduledByName: person.name,
      });
      const conference = await manager.findOneByOrFail(CaseConference, { id: identifiers[0].id as string });
      if (request) await manager.update(CaseConferenceRequest, { id: request.id }, { conferenceId: conference.id });
      if (agendaIds.length) {
        await manager.insert(
          CaseConferenceItem,
          agendaIds.map((pointId) => ({ conferenceId: conference.id, pointId, outcome: null, resolvesPoint: false })),
        );
      }
      await recordRevision(manager, agreement.id, person, `Scheduled ${labelOf(conference)}`, [
        {
          itemType: AgreementItemType.CASE_CONFERENCE,
          itemId: conference.id,
          label: labelOf(conference),
          action: ChangeAction.ADDED,
          before: null,
          after: {
            heldOn: conference.heldOn,
            invitedDepartments: conference.invitedDepartments,
            invitedOthers: conference.invitedOthers,
            agenda: points.map((p) => p.title),
            ...(request ? { requestedBy: request.requestedByName } : {}),
          },
        },
      ]);
      return conference;
    });
  }

  /** Records what the conference decided on an agenda point; an outcome that resolves it closes the point too. */
  recordOutcome(
    caller: Caller,
    conferenceId: string,
    pointId: string,
    outcome: string,
    resolvesPoint: boolean,
  ): Promise<CaseConferenceItem> {
    return this.db.transaction(async (manager) => {
      const conference = await manager.findOneBy(CaseConference, { id: conferenceId });
      if (!conference) throw notFound('CaseConference', conferenceId);
      const agreement = await lockAgreement(manager, conference.agreementId);
      const person = requireGoStaff(
        caller,
        { region: agreement.regionCode, area: agreement.areaCode },
        'record case conference outcomes',
      );
      const item = await manager.findOneBy(CaseConferenceItem, { conferenceId, pointId });
      if (!item)
        throw ruleViolation('NOT_ON_AGENDA', `Negotiation point ${pointId} is not on this case conference's agenda`);
      await manager.update(
        CaseConferenceItem,
        { conferenceId, pointId },
        { outcome, resolvesPoint, recordedById: person.id, recordedByName: person.name },
      );
      const point = await manager.findOneByOrFail(NegotiationPoint, { id: pointId });
      if (resolvesPoint) {
        await changeStatus(
          manager,
          point,
          NegotiationPointStatus.RESOLVED,
          person,
          `${labelOf(conference)}: ${outcome}`,
          PointEventKind.CONFERENCE_OUTCOME,
        );
      } else {
        await recordRevision(manager, agreement.id, person, `Recorded an outcome of ${labelOf(conference)}`, [
          {
            itemType: AgreementItemType.CASE_CONFERENCE,
            itemId: conference.id,
            label: labelOf(conference),
            action: ChangeAction.CHANGED,
            before: { point: point.title, outcome: item.outcome },
            after: { point: point.title, outcome },
          },
        ]);
      }
      return manager.findOneByOrFail(CaseConferenceItem, { conferenceId, pointId });
    });
  }

  /** The area's partnership asks its GO for a case conference (as Coventry did), naming the points it wants settled. */
  request(caller: Caller, input: NewConferenceRequest): Promise<CaseConferenceRequest> {
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, input.agreementId);
      const grant = partnershipGrant(caller, { region: agreement.regionCode, area: agreement.areaCode });
      if (!grant || !caller.authenticated)
        throw forbidden(
          `Only the partnership of area ${agreement.areaCode} (its officers, councillors and partners) asks for a case conference`,
        );
      const pointIds = [...new Set(input.agendaPointIds)];
      const points = pointIds.length
        ? await manager.findBy(NegotiationPoint, { id: In(pointIds), agreementId: agreement.id })
        : [];
      // A department's point still with the GO is not the area's to see, let alone put on an agenda.
      if (points.length !== pointIds.length || points.some(isWithGo))
        throw badInput('Every agenda item must be a negotiation point of this agreement');
      const { identifiers } = await manager.insert(CaseConferenceRequest, {
        agreementId: agreement.id,
        reason: input.reason,
        pointIds,
        requestedById: caller.id,
        requestedByName: caller.name,
        requestedByRole: grant.role,
        requestedAt: new Date(),
        conferenceId: null,
        declinedAt: null,
        declineReason: null,
        declinedById: null,
        declinedByName: null,
      });
      const saved = await manager.findOneByOrFail(CaseConferenceRequest, { id: identifiers[0].id as string });
      await recordRevision(manager, agreement.id, caller, 'Asked the GO for a case conference', [
        {
          itemType: AgreementItemType.CASE_CONFERENCE,
          itemId: saved.id,
          label: 'Request for a case conference',
          action: ChangeAction.ADDED,
          before: null,
          after: { reason: saved.reason, agenda: points.map((p) => p.title) },
        },
      ]);
      return saved;
    });
  }

  /**
   * The GO declines the partnership's request, with its reason: recorded on the request (which the partnership reads)
   * and in the agreement's history. A declined request is answered; the partnership may ask again.
   */
  decline(caller: Caller, input: { agreementId: string; requestId: string; reason: string }) {
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, input.agreementId);
      const place = { region: agreement.regionCode, area: agreement.areaCode };
      const person = requireGoStaff(caller, place, 'decline a request for a case conference');
      const request = await openRequest(manager, agreement, input.requestId);
      const reason = input.reason.trim();
      await manager.update(
        CaseConferenceRequest,
        { id: request.id },
        { declinedAt: new Date(), declineReason: reason, declinedById: person.id, declinedByName: person.name },
      );
      await recordRevision(manager, agreement.id, person, `Declined the request for a case conference: ${reason}`, [
        {
          itemType: AgreementItemType.CASE_CONFERENCE,
          itemId: request.id,
          label: 'Request for a case conference',
          action: ChangeAction.CHANGED,
          before: { reason: request.reason, answer: null },
          after: { reason: request.reason, answer: 'declined', declineReason: reason },
        },
      ]);
      return manager.findOneByOrFail(CaseConferenceRequest, { id: request.id });
    });
  }

  requestsOf(agreementIds: readonly string[]): Promise<CaseConferenceRequest[]> {
    return this.db
      .getRepository(CaseConferenceRequest)
      .find({ where: { agreementId: In([...agreementIds]) }, order: { requestedAt: 'ASC' } });
  }

  byAgreements(agreementIds: readonly string[]): Promise<CaseConference[]> {
    return this.db
      .getRepository(CaseConference)
      .find({ where: { agreementId: In([...agreementIds]) }, order: { heldOn: 'ASC' } });
  }

  itemsOf(conferenceIds: readonly string[]): Promise<CaseConferenceItem[]> {
    return this.db.getRepository(CaseConferenceItem).findBy({ conferenceId: In([...conferenceIds]) });
  }
}

/** A request of this agreement the GO has not yet answered: with a conference, or by declining it. */
async function openRequest(
  manager: EntityManager,
  agreement: Agreement,
  requestId: string,
): Promise<CaseConferenceRequest> {
  const request = await manager.findOneBy(CaseConferenceRequest, { id: requestId, agreementId: agreement.id });
  if (!request) throw notFound('CaseConferenceRequest', requestId);
  if (request.conferenceId)
    throw ruleViolation('CONFERENCE_REQUEST_ANSWERED', 'This request has already been answered with a case conference');
  if (request.declinedAt)
    throw ruleViolation(
      'CONFERENCE_REQUEST_ANSWERED',
      `The GO declined this request (${request.declineReason}): the partnership may ask again`,
    );
  return request;
}
