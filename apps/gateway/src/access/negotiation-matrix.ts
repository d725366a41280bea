import type { AccessRule } from './access-rule';
import { AGREEMENT_EDITORS, DRAFT_READERS, EVERYONE, MatrixCaller, REGION_STAFF } from './callers';

/**
 * Who takes part in negotiating an agreement: department analysts (through the GO), the region's
 * GO, the region's National Strategies adviser (statutory targets only), and the area's partners (not council systems,
 * which exchange data, nor Ministers, who sign).
 */
export const NEGOTIATORS: ReadonlySet<MatrixCaller> = new Set<MatrixCaller>([
  'partnership officer',
  'councillor',
  'councillor, scrutiny',
  'partner organisation',
  'relationship manager',
  'theme lead',
  'deputy regional director',
  'regional director',
  'national strategies adviser',
  'department analyst',
]);

/** The area's partnership: its officers, councillors and partners (they ask for a case conference). */
const PARTNERSHIP: ReadonlySet<MatrixCaller> = new Set<MatrixCaller>([
  'partnership officer',
  'councillor',
  'councillor, scrutiny',
  'partner organisation',
]);

const STALE = 999;

/** The whole region's drafts: its GO staff and central readers. */
const REGION_READERS: ReadonlySet<MatrixCaller> = new Set<MatrixCaller>([
  'relationship manager',
  'theme lead',
  'deputy regional director',
  'regional director',
  'GO analyst',
  'department analyst',
  'minister',
]);

/** The GO staff who lead the region's round: they open its agreements. */
const ROUND_LEADS: ReadonlySet<MatrixCaller> = new Set<MatrixCaller>([
  'relationship manager',
  'deputy regional director',
  'regional director',
]);

/** Drafting and negotiating an agreement (the agreements subgraph). Ids come from the matrix fixture. */
export const NEGOTIATION_MATRIX: AccessRule[] = [
  {
    operation: 'openAgreement',
    rule: "The region's relationship managers, Deputy and Regional Directors, for an area of the region (RULE_VIOLATION if it has its agreement).",
    document: 'mutation ($area: ID!) { openAgreement(areaCode: $area) { id } }',
    variables: (f) => ({ area: f.area }),
    allowed: ROUND_LEADS,
    tolerated: ['RULE_VIOLATION'],
  },
  {
    operation: 'openRound',
    rule: 'Who may open an agreement: every area of the region without one gets it (here all have one, so it opens nothing).',
    document: 'mutation ($region: ID!) { openRound(regionCode: $region) { opened { id } alreadyOpen { code } } }',
    variables: (f) => ({ region: f.region }),
    allowed: ROUND_LEADS,
  },
  {
    operation: 'round',
    rule: "The region's GO staff (its analyst too) and central departments and Ministers: the round's process map template, every area's stage and slippage (its own milestones and the template).",
    document:
      '{ round { opened processMap { version milestones { dueOn } } areas { area { code } stage slippageDays lateMilestones nextMilestone { dueOn } behindTemplateDays } } }',
    allowed: REGION_READERS,
  },
  {
    operation: 'indicatorChoices',
    rule: 'Public for signed agreements: which areas chose which indicator, targets by theme and department, statutory completeness.',
    document:
      '{ indicatorChoices { agreements indicators { indicatorCode areas { code } } departments { department targets } statutory { complete } } }',
    allowed: EVERYONE,
  },
  {
    operation: 'indicatorChoices.ALL',
    rule: "Drafts too (scope ALL): central departments and Ministers, and the region's GO staff (its analyst too).",
    document:
      '{ indicatorChoices(scope: ALL) { agreements indicators { indicatorCode targets } themes { theme targets } } }',
    allowed: REGION_READERS,
  },
  {
    operation: 'setRoundProcessMap',
    rule: "Who may open an agreement: the round's process map template, against the version read (CONFLICT if stale); agreements opened after take it.",
    document: 'mutation ($input: SetRoundProcessMapInput!) { setRoundProcessMap(input: $input) { version } }',
    variables: () => ({
      input: {
        expectedVersion: STALE,
        milestones: [{ title: 'Priorities agreed', dueOn: '2007-11-30', owner: 'LSP Board', stage: 'PRIORITIES' }],
      },
    }),
    allowed: ROUND_LEADS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'advanceAgreementStage',
    rule: "The area's partnership officers and its GO negotiators, one stage at a time (CONFLICT if stale).",
    document: 'mutation ($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { stage } }',
    variables: (f) => ({
      input: { agreementId: f.agreementId, expectedVersion: STALE, stage: 'SUBMITTED', reason: 'access matrix' },
    }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['CONFLICT', 'RULE_VIOLATION'],
  },
  {
    operation: 'agreement.negotiation',
    rule: "Draft readers: priorities, graph, points with age (a department's point the GO has not relayed only for the government side), case conferences and the partnership's requests, process map, coverage, history.",
    document: `query ($id: ID!) { agreement(id: $id) { openNegotiationPointCount negotiationPoints { id ageInDays } priorities { id }
      priorityGraph { edges { from to } } removedPriorities { id removedBy { name } } caseConferences { id } caseConferenceRequests { id } milestones { id slippageDays } coverage { themesWithoutTargets } history { version } } }`,
    variables: (f) => ({ id: f.agreementId }),
    allowed: DRAFT_READERS,
  },
  {
    operation: 'agreement.targets.stretch',
    rule: "Draft readers: each target's stretch against the area's trend, England and similar areas (the evidence subgraph checks the area again).",
    document:
      'query ($id: ID!) { agreement(id: $id) { targets { stretch { judgement belowTrend strongPerformerWithoutLocalReason } } } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: DRAFT_READERS,
  },
  {
    operation: 'agreement.departmentPriorityPlaces',
    rule: "Public, as departments is: the departments' priorities naming the agreement's area as a place that matters most.",
    document: 'query ($id: ID!) { agreement(id: $id) { departmentPriorityPlaces { department priority why } } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: EVERYONE,
  },
  {
    operation: 'compareAgreementVersions',
    rule: "Draft readers of the agreement's area.",
    document:
      'query ($id: ID!) { compareAgreementVersions(agreementId: $id, from: 1, to: 1) { differences { action } } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: DRAFT_READERS,
  },
  {
    operation: 'addTarget',
    rule: "The area's partnership officers and its GO; the suite's rules answer RULE_VIOLATION.",
    document: 'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }',
    variables: (f) => ({
      input: {
        agreementId: f.agreementId,
        kind: 'LOCAL',
        indicatorCode: 'NI1',
        baseline: { value: 60, period: '2007/08', source: 'matrix' },
      },
    }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['RULE_VIOLATION'],
  },
  {
    operation: 'updateTarget',
    rule: "The area's partnership officers and its GO (CONFLICT if stale).",
    document: 'mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }',
    variables: (f) => ({ input: { targetId: f.targetId, expectedVersion: STALE } }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'removeTarget',
    rule: "The area's partnership officers and its GO (CONFLICT if stale).",
    document: 'mutation ($input: RemoveTargetInput!) { removeTarget(input: $input) { id } }',
    variables: (f) => ({ input: { targetId: f.targetId, expectedVersion: STALE, reason: 'access matrix' } }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'addPriority',
    rule: "The area's partnership officers and its GO.",
    document: 'mutation ($id: ID!) { addPriority(input: { agreementId: $id, title: "Matrix priority" }) { id } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: AGREEMENT_EDITORS,
  },
  {
    operation: 'assessPriority',
    rule: "The area's partnership officers and its GO (CONFLICT if stale).",
    document:
      'mutation ($id: ID!) { assessPriority(input: { priorityId: $id, expectedVersion: 999, criteriaMet: [GOSE_ROBUST_DATA], tier: 2, reason: "matrix" }) { id } }',
    variables: (f) => ({ id: f.priorityId }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'updatePriority',
    rule: "The area's partnership officers and its GO (CONFLICT if stale).",
    document:
      'mutation ($id: ID!) { updatePriority(input: { priorityId: $id, expectedVersion: 999, title: "Matrix priority" }) { id } }',
    variables: (f) => ({ id: f.priorityId }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'removePriority',
    rule: "The area's partnership officers and its GO (CONFLICT if stale; refused while a target serves it); recorded with the reason.",
    document:
      'mutation ($id: ID!) { removePriority(input: { priorityId: $id, expectedVersion: 999, reason: "matrix" }) { id } }',
    variables: (f) => ({ id: f.priorityId }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'linkPriority',
    rule: "The area's partnership officers and its GO.",
    document: 'mutation ($id: ID!) { linkPriority(input: { fromPriorityId: $id, toIndicatorCode: "NI39" }) { id } }',
    variables: (f) => ({ id: f.priorityId }),
    allowed: AGREEMENT_EDITORS,
  },
  {
    operation: 'addMilestone',
    rule: "The area's partnership officers and its GO.",
    document:
      'mutation ($id: ID!) { addMilestone(input: { agreementId: $id, title: "Matrix milestone", dueOn: "2008-01-31", owner: "LSP" }) { id } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: AGREEMENT_EDITORS,
  },
  {
    operation: 'updateMilestone',
    rule: "The area's partnership officers and its GO (CONFLICT if stale).",
    document:
      'mutation ($id: ID!) { updateMilestone(input: { milestoneId: $id, expectedVersion: 999, status: DONE }) { id } }',
    variables: (f) => ({ id: f.milestoneId }),
    allowed: AGREEMENT_EDITORS,
    tolerated: ['CONFLICT'],
  },
  {
    operation: 'raiseNegotiationPoint',
    rule: "Department analysts (through the GO: RULE_VIOLATION on a local target), the region's GO, the region's National Strategies adviser (RULE_VIOLATION but on the statutory set) and the area's partners.",
    document:
      'mutation ($id: ID!) { raiseNegotiationPoint(input: { agreementId: $id, subjectKind: AGREEMENT, title: "Matrix point", detail: "matrix" }) { id } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: NEGOTIATORS,
    tolerated: ['RULE_VIOLATION'],
  },
  {
    operation: 'commentOnNegotiationPoint',
    rule: "Whoever may raise points on its subject (RULE_VIOLATION otherwise); the area does not see a department's point until the GO relays it (NOT_FOUND).",
    document: 'mutation ($id: ID!) { commentOnNegotiationPoint(input: { pointId: $id, text: "matrix" }) { id } }',
    variables: (f) => ({ id: f.pointId }),
    allowed: NEGOTIATORS,
    tolerated: ['RULE_VIOLATION'],
  },
  {
    operation: 'escalateNegotiationPoint',
    rule: 'Whoever may raise points on its subject (CONFLICT if stale).',
    document:
      'mutation ($id: ID!) { escalateNegotiationPoint(input: { pointId: $id, expectedVersion: 999, reason: "matrix" }) { id } }',
    variables: (f) => ({ id: f.pointId }),
    allowed: NEGOTIATORS,
    tolerated: ['CONFLICT', 'RULE_VIOLATION'],
  },
  {
    operation: 'relayNegotiationPoint',
    rule: "GO staff of the region: a department's point reaches the area through the GO (RULE_VIOLATION for other points; CONFLICT if stale).",
    document:
      'mutation ($id: ID!) { relayNegotiationPoint(input: { pointId: $id, expectedVersion: 999, note: "matrix" }) { id } }',
    variables: (f) => ({ id: f.pointId }),
    allowed: REGION_STAFF,
    tolerated: ['CONFLICT', 'RULE_VIOLATION'],
  },
  {
    operation: 'decideNegotiationPoint',
    rule: 'A Deputy Regional Director of the region, final arbiter of GO disputes, on an escalated point (RULE_VIOLATION otherwise; CONFLICT if stale).',
    document:
      'mutation ($id: ID!) { decideNegotiationPoint(input: { pointId: $id, expectedVersion: 999, decision: "matrix", reason: "matrix" }) { id } }',
    variables: (f) => ({ id: f.pointId }),
    allowed: new Set<MatrixCaller>(['deputy regional director']),
    tolerated: ['CONFLICT', 'RULE_VIOLATION'],
  },
  {
    operation: 'requestCaseConference',
    rule: "The area's partnership (its officers, councillors and partners) asks the GO for one.",
    document: 'mutation ($id: ID!) { requestCaseConference(input: { agreementId: $id, reason: "matrix" }) { id } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: PARTNERSHIP,
  },
  {
    operation: 'resolveNegotiationPoint',
    rule: 'Negotiators; only whoever raised it (or their department) or the GO succeeds (else RULE_VIOLATION).',
    document:
      'mutation ($id: ID!) { resolveNegotiationPoint(input: { pointId: $id, expectedVersion: 999, reason: "matrix" }) { id } }',
    variables: (f) => ({ id: f.pointId }),
    allowed: NEGOTIATORS,
    tolerated: ['CONFLICT', 'RULE_VIOLATION'],
  },
  {
    operation: 'withdrawNegotiationPoint',
    rule: 'Negotiators; only whoever raised it (or their department) or the GO succeeds (else RULE_VIOLATION).',
    document:
      'mutation ($id: ID!) { withdrawNegotiationPoint(input: { pointId: $id, expectedVersion: 999, reason: "matrix" }) { id } }',
    variables: (f) => ({ id: f.pointId }),
    allowed: NEGOTIATORS,
    tolerated: ['CONFLICT', 'RULE_VIOLATION'],
  },
  {
    operation: 'scheduleCaseConference',
    rule: 'GO staff of the region.',
    document:
      'mutation ($id: ID!) { scheduleCaseConference(input: { agreementId: $id, heldOn: "2008-03-14", invitedDepartments: [DCSF] }) { id } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: REGION_STAFF,
  },
  {
    operation: 'declineCaseConferenceRequest',
    rule: 'GO staff of the region, with a reason the partnership reads.',
    // No request is waiting in the fixture: the GO's staff reach the request's look-up (NOT_FOUND), everyone else is refused first.
    document:
      'mutation ($id: ID!) { declineCaseConferenceRequest(input: { agreementId: $id, requestId: "00000000-0000-4000-8000-000000000000", reason: "matrix" }) { id } }',
    variables: (f) => ({ id: f.agreementId }),
    allowed: REGION_STAFF,
    tolerated: ['NOT_FOUND'],
  },
  {
    operation: 'recordCaseConferenceOutcome',
    rule: 'GO staff of the region.',
    document:
      'mutation ($c: ID!, $p: ID!) { recordCaseConferenceOutcome(input: { conferenceId: $c, pointId: $p, outcome: "matrix" }) { outcome } }',
    variables: (f) => ({ c: f.conferenceId, p: f.pointId }),
    allowed: REGION_STAFF,
  },
];
