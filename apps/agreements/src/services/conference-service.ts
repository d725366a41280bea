import { Department } from '@laa/domain';
import { badInput, notFound, ruleViolation } from '@laa/errors';
import { Caller } from '@laa/identity';
import { DataSource, In } from 'typeorm';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { CaseConference, CaseConferenceItem } from '../entities/case-conference';
import { NegotiationPoint, NegotiationPointStatus, PointEventKind } from '../entities/negotiation-point';
import { changeStatus } from './negotiation-service';
import { requireGoStaff } from './negotiators';
import { lockAgreement, recordRevision } from './revisions';

export interface NewConference {
  agreementId: string;
  heldOn: string;
  invitedDepartments: Department[];
  invitedPartnerIds: string[];
  invitedOthers: string[];
  agendaPointIds: string[];
}

const labelOf = (conference: CaseConference) => `Case conference on ${conference.heldOn}`;

/** Case conferences: convened by the GO to resolve the hard points; outcomes recorded against the agenda. */
export class ConferenceService {
  constructor(private readonly db: DataSource) {}

  schedule(caller: Caller, input: NewConference): Promise<CaseConference> {
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, input.agreementId);
      const person = requireGoStaff(caller, { region: agreement.regionCode, area: agreement.areaCode }, 'schedule a case conference');
      const agendaIds = [...new Set(input.agendaPointIds)];
      const points = agendaIds.length ? await manager.findBy(NegotiationPoint, { id: In(agendaIds), agreementId: agreement.id }) : [];
      if (points.length !== agendaIds.length) throw badInput('Every agenda item must be a negotiation point of this agreement');
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
      if (agendaIds.length) {
        await manager.insert(CaseConferenceItem, agendaIds.map((pointId) => ({ conferenceId: conference.id, pointId, outcome: null, resolvesPoint: false })));
      }
      await recordRevision(manager, agreement.id, person, `Scheduled ${labelOf(conference)}`, [
        {
          itemType: AgreementItemType.CASE_CONFERENCE,
          itemId: conference.id,
          label: labelOf(conference),
          action: ChangeAction.ADDED,
          before: null,
          after: { heldOn: conference.heldOn, invitedDepartments: conference.invitedDepartments, invitedOthers: conference.invitedOthers, agenda: points.map((p) => p.title) },
        },
      ]);
      return conference;
    });
  }

  /** Records what the conference decided on an agenda point; an outcome that resolves it closes the point too. */
  recordOutcome(caller: Caller, conferenceId: string, pointId: string, outcome: string, resolvesPoint: boolean): Promise<CaseConferenceItem> {
    return this.db.transaction(async (manager) => {
      const conference = await manager.findOneBy(CaseConference, { id: conferenceId });
      if (!conference) throw notFound('CaseConference', conferenceId);
      const agreement = await lockAgreement(manager, conference.agreementId);
      const person = requireGoStaff(caller, { region: agreement.regionCode, area: agreement.areaCode }, 'record case conference outcomes');
      const item = await manager.findOneBy(CaseConferenceItem, { conferenceId, pointId });
      if (!item) throw ruleViolation('NOT_ON_AGENDA', `Negotiation point ${pointId} is not on this case conference's agenda`);
      await manager.update(CaseConferenceItem, { conferenceId, pointId }, { outcome, resolvesPoint, recordedById: person.id, recordedByName: person.name });
      const point = await manager.findOneByOrFail(NegotiationPoint, { id: pointId });
      if (resolvesPoint) {
        await changeStatus(manager, point, NegotiationPointStatus.RESOLVED, person, `${labelOf(conference)}: ${outcome}`, PointEventKind.CONFERENCE_OUTCOME);
      } else {
        await recordRevision(manager, agreement.id, person, `Recorded an outcome of ${labelOf(conference)}`, [
          { itemType: AgreementItemType.CASE_CONFERENCE, itemId: conference.id, label: labelOf(conference), action: ChangeAction.CHANGED, before: { point: point.title, outcome: item.outcome }, after: { point: point.title, outcome } },
        ]);
      }
      return manager.findOneByOrFail(CaseConferenceItem, { conferenceId, pointId });
    });
  }

  byAgreements(agreementIds: readonly string[]): Promise<CaseConference[]> {
    return this.db.getRepository(CaseConference).find({ where: { agreementId: In([...agreementIds]) }, order: { heldOn: 'ASC' } });
  }

  itemsOf(conferenceIds: readonly string[]): Promise<CaseConferenceItem[]> {
    return this.db.getRepository(CaseConferenceItem).findBy({ conferenceId: In([...conferenceIds]) });
  }
}
