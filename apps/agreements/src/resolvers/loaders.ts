import { manyByKey, oneByKey } from '@laa/subgraph';
import { Agreement } from '../entities/agreement';
import { AgreementRevision } from '../entities/agreement-revision';
import { CaseConference, CaseConferenceItem } from '../entities/case-conference';
import { Milestone } from '../entities/milestone';
import { NegotiationPoint, NegotiationPointEvent } from '../entities/negotiation-point';
import { Priority, PriorityLink } from '../entities/priority';
import { BaselineDeferral } from '../entities/baseline-deferral';
import { Target } from '../entities/target';
import { NationalIndicatorFacts } from '../rules/national-indicator-facts';
import { AgreementsContext } from './context';

/** The agreements subgraph's relations, each batched per request (one SQL statement per relation). */
export const agreementsLoaders = ({ loaders, services }: AgreementsContext) => ({
  agreement: loaders.loader<string, Agreement | null>('agreement', async (ids) =>
    oneByKey(ids, await services.agreements.byIds(ids), (a) => a.id),
  ),
  agreementOfArea: loaders.loader<string, Agreement | null>('agreementOfArea', async (codes) =>
    // Rows come newest first, so the first per area is the current agreement.
    manyByKey(codes, await services.agreements.byAreaCodes(codes), (a) => a.areaCode).map((rows) => rows[0] ?? null),
  ),
  baselineDeferral: loaders.loader<string, BaselineDeferral | null>('baselineDeferral', async (ids) =>
    oneByKey(ids, await services.deferrals.latestOf(ids), (d) => d.targetId),
  ),
  /** The national indicators' polarity and department on each day asked (one read of the corrections held). */
  nationalFacts: loaders.loader<string, NationalIndicatorFacts>('nationalFacts', (days) =>
    Promise.all(days.map((day) => services.statutorySet.factsOn(day))),
  ),
  target: loaders.loader<string, Target | null>('target', async (ids) =>
    oneByKey(ids, await services.agreements.targetsByIds(ids), (t) => t.id),
  ),
  targets: loaders.loader<string, Target[]>('targets', async (ids) =>
    manyByKey(ids, await services.agreements.targetsOf(ids), (t) => t.agreementId),
  ),
  /** Targets each partnership member leads or contributes to. */
  commitments: loaders.loader<string, Target[]>('commitments', async (memberIds) => {
    const rows = await services.targets.targetsOfPartners(memberIds);
    return memberIds.map((id) => rows.filter((t) => t.leadPartnerId === id || t.contributingPartnerIds.includes(id)));
  }),
  /** Targets of other areas' agreements shared with each area (multi-area). */
  sharedTargets: loaders.loader<string, Target[]>('sharedTargets', async (areaCodes) => {
    const rows = await services.targets.sharedWithAreas(areaCodes);
    return areaCodes.map((code) => rows.filter((t) => t.sharedWithAreas.includes(code)));
  }),
  priority: loaders.loader<string, Priority | null>('priority', async (ids) =>
    oneByKey(ids, await services.priorities.byIds(ids), (p) => p.id),
  ),
  priorities: loaders.loader<string, Priority[]>('priorities', async (ids) =>
    manyByKey(ids, await services.priorities.byAgreements(ids), (p) => p.agreementId),
  ),
  removedPriorities: loaders.loader<string, Priority[]>('removedPriorities', async (ids) =>
    manyByKey(ids, await services.priorities.removedOf(ids), (p) => p.agreementId),
  ),
  sharedPriorities: loaders.loader<string, Priority[]>('sharedPriorities', async (areaCodes) => {
    const rows = await services.priorities.sharedWithAreas(areaCodes);
    return areaCodes.map((code) => rows.filter((p) => p.sharedWithAreas.includes(code)));
  }),
  priorityLinks: loaders.loader<string, PriorityLink[]>('priorityLinks', async (ids) =>
    manyByKey(ids, await services.priorities.linksOf(ids), (l) => l.agreementId),
  ),
  points: loaders.loader<string, NegotiationPoint[]>('points', async (ids) =>
    manyByKey(ids, await services.negotiation.byAgreements(ids), (p) => p.agreementId),
  ),
  point: loaders.loader<string, NegotiationPoint | null>('point', async (ids) =>
    oneByKey(ids, await services.negotiation.byIds(ids), (p) => p.id),
  ),
  openPointsOfTarget: loaders.loader<string, NegotiationPoint[]>('openPointsOfTarget', async (ids) =>
    manyByKey(ids, await services.negotiation.openOfTargets(ids), (p) => p.subjectRef ?? ''),
  ),
  pointEvents: loaders.loader<string, NegotiationPointEvent[]>('pointEvents', async (ids) =>
    manyByKey(ids, await services.negotiation.eventsOf(ids), (e) => e.pointId),
  ),
  conferences: loaders.loader<string, CaseConference[]>('conferences', async (ids) =>
    manyByKey(ids, await services.conferences.byAgreements(ids), (c) => c.agreementId),
  ),
  conferenceItems: loaders.loader<string, CaseConferenceItem[]>('conferenceItems', async (ids) =>
    manyByKey(ids, await services.conferences.itemsOf(ids), (i) => i.conferenceId),
  ),
  milestones: loaders.loader<string, Milestone[]>('milestones', async (ids) =>
    manyByKey(ids, await services.milestones.byAgreements(ids), (m) => m.agreementId),
  ),
  revisions: loaders.loader<string, AgreementRevision[]>('revisions', async (ids) =>
    manyByKey(ids, await services.agreements.revisionsOf(ids), (r) => r.agreementId),
  ),
});
