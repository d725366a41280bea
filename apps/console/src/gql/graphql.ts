/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new priority outcome of an agreement. */
export type AddPriorityInput = {
  agreementId: string | number;
  description?: string;
  /** If given, refused with CONFLICT when the agreement has moved on since. */
  expectedAgreementVersion?: number | null | undefined;
  /** Other areas (2008 codes) sharing the priority (multi-area). */
  sharedWithAreas?: Array<string>;
  title: string;
};

/** A new target of an agreement. */
export type AddTargetInput = {
  agreementId: string | number;
  /** Null or missing: a placeholder, which needs baselineDueBy. */
  baseline?: BaselineInput | null | undefined;
  /** YYYY-MM-DD: by when a missing or provisional baseline must be set. */
  baselineDueBy?: string | null | undefined;
  /** With no baseline given: take the area's figure of record for the indicator from the evidence base (provisional stays provisional). Where the evidence has none the target is a placeholder and needs baselineDueBy. */
  baselineFromEvidence?: boolean | null | undefined;
  /** Partnership members contributing. */
  contributingPartnerIds?: Array<string | number> | null | undefined;
  /** If given, the change is refused with CONFLICT when the agreement has moved on since. */
  expectedAgreementVersion?: number | null | undefined;
  /** A national indicator (NI116, "NI 116" or 116) or, for a local target, a local indicator code. */
  indicatorCode: string;
  /** The direction the levels should move in (UP: higher is better). Needed before levels are set where the indicator's polarity is not known; refused if it contradicts a known polarity. */
  intendedDirection?: IntendedDirection | null | undefined;
  kind: TargetKind;
  /** The partnership member leading delivery. */
  leadPartnerId?: string | number | null | undefined;
  /** Levels for years 1, 2 and 3 (exactly three; null for a year not yet set). */
  levels?: Array<number | null | undefined> | null | undefined;
  /** What a local indicator measures (local indicators only). */
  localIndicatorTitle?: string | null | undefined;
  /** Why the partnership wants this target although the area may already perform strongly; without one such a designated target is flagged (Target.stretch). */
  localReason?: string | null | undefined;
  /** The priority outcome the target serves. */
  priorityId?: string | number | null | undefined;
  /** Other areas (2008 codes) sharing the target (multi-area). */
  sharedWithAreas?: Array<string> | null | undefined;
  /** Defaults to the indicator's theme. */
  theme?: Theme | null | undefined;
};

/** The next negotiation stage of an agreement, against the agreement version read. */
export type AdvanceAgreementStageInput = {
  agreementId: string | number;
  /** The agreement version you read: CONFLICT if it changed since. */
  expectedVersion: number;
  /** Why now, e.g. the meeting that agreed the priorities. */
  reason: string;
  /** The stage after the current one (stages are taken in order). */
  stage: AgreementStage;
};

/** The negotiation stage of an agreement; its sign-off stage is Agreement.signOff.stage. */
export type AgreementStage =
  /** Agreeing indicators from the national set and local ones (January). */
  | 'INDICATORS'
  /** Negotiating priority outcomes (by November). */
  | 'PRIORITIES'
  /** Agreeing the local process map: milestones, governance, who decides what. */
  | 'PROCESS_MAP'
  /** Submitted for sign-off. */
  | 'SUBMITTED'
  /** Negotiating target levels (by spring). */
  | 'TARGETS';

/** Who must approve a change to a signed agreement. */
export type ApprovalLevel =
  /** The GO (Regional Director or Deputy Regional Director): level changes within the tolerance. */
  | 'GOVERNMENT_OFFICE'
  /** A Minister: adding or removing designated targets, or level changes beyond the tolerance. */
  | 'MINISTERS';

/** The kind of upper-tier authority of an area in 2008. */
export type AreaType =
  | 'CITY_OF_LONDON'
  | 'ISLES_OF_SCILLY'
  | 'LONDON_BOROUGH'
  | 'METROPOLITAN_DISTRICT'
  | 'SHIRE_COUNTY'
  | 'UNITARY_AUTHORITY';

/** An assessment of a priority against the criteria, with its tier and the reason. */
export type AssessPriorityInput = {
  /** The criteria it meets (at least one). */
  criteriaMet: Array<PriorityCriterion>;
  expectedVersion: number;
  priorityId: string | number;
  /** Why the assessor judged it so. */
  reason: string;
  /** 1, 2 or 3 (Oldham's tiers). */
  tier: number;
};

/** A target's baseline: the value, the period it is for and where it comes from. */
export type BaselineInput = {
  /** e.g. 2007/08 */
  period: string;
  /** True while the figure is provisional (the target stays a placeholder). */
  provisional?: boolean;
  /** Where the figure comes from. */
  source: string;
  value: number;
};

/** RELIABLE: a final figure of record; PROVISIONAL: the latest is provisional; PLACEHOLDER: no usable figure yet (a baseline to come); DISPUTED: the sources disagree on the latest period and no figure of record is chosen yet (no baseline until one is, rather than an older one). */
export type BaselineStatus =
  | 'DISPUTED'
  | 'PLACEHOLDER'
  | 'PROVISIONAL'
  | 'RELIABLE';

/** The Secretary of State's consultation of Cabinet colleagues on an agreement. */
export type CabinetConsultationInput = {
  agreementId: string | number;
  /** The colleagues (or their departments) consulted. */
  colleagues: Array<string>;
  /** What they said. */
  outcome: string;
};

/** Which agreements a summary counts. */
export type ChoiceScope =
  /** Every agreement of the round, drafts included: central departments, Ministers and the region's GO staff. */
  | 'ALL'
  /** Agreements Ministers have signed: public. */
  | 'SIGNED';

/** Marks an agreement in sign-off for a cross-GO consistency review. */
export type ConsistencyReviewInput = {
  agreementId: string | number;
  /** What looks inconsistent with comparable agreements. */
  reason: string;
};

/** The Deputy Regional Director's decision on an escalated point, and why. */
export type DecideNegotiationPointInput = {
  /** What is decided. */
  decision: string;
  expectedVersion: number;
  pointId: string | number;
  /** Why. */
  reason: string;
};

/** The GO declining the partnership's request for a case conference, and why. */
export type DeclineCaseConferenceRequestInput = {
  agreementId: string | number;
  /** Why: the partnership reads it with the request. */
  reason: string;
  requestId: string | number;
};

/** A local indicator, defined by the area where the national set does not cover a local priority. */
export type DefineLocalIndicatorInput = {
  /** The area's 2008 code. */
  area: string;
  /** A short code of the area's choosing; the indicator is then "<area>-<code>", e.g. 00CG-ALC1. */
  code: string;
  /** How it is measured: numerator, denominator, source, frequency. */
  definition: string;
  /** Which direction is an improvement; without it there is no direction of travel or rank. */
  polarity?: Polarity | null | undefined;
  theme: Theme;
  title: string;
};

/** A central government department. */
export type Department =
  /** Business, Enterprise and Regulatory Reform */
  | 'BERR'
  /** Communities and Local Government */
  | 'CLG'
  /** Culture, Media and Sport */
  | 'DCMS'
  /** Children, Schools and Families */
  | 'DCSF'
  /** Energy and Climate Change (from October 2008) */
  | 'DECC'
  /** Environment, Food and Rural Affairs */
  | 'DEFRA'
  /** Transport */
  | 'DFT'
  /** Health */
  | 'DH'
  /** Innovation, Universities and Skills */
  | 'DIUS'
  /** Work and Pensions */
  | 'DWP'
  /** Home Office */
  | 'HOME_OFFICE'
  /** Justice */
  | 'MOJ';

/** The department's confirmation of the target, as the theme lead records it. */
export type DepartmentConfirmationInput = {
  /** Who confirmed it for the department. */
  confirmedBy: string;
  /** When (YYYY-MM-DD). */
  confirmedOn: string;
  /** The department that confirmed it. A statutory DCSF target is confirmed by DCSF. A designated target whose indicator has a department in the reference data is confirmed by that department (where the source says "DECC from Oct 2008", DECC too from 2008-10-03). Where the reference data gives the indicator no department, any department may confirm it. */
  department: Department;
  note?: string | null | undefined;
};

/** Where the direction a target's levels are checked in comes from. */
export type DirectionBasis =
  | 'INDICATOR_POLARITY'
  | 'STATED'
  | 'UNKNOWN';

/** Where an indicator is heading in an area, given its polarity (see Trend.rule). */
export type DirectionOfTravel =
  | 'IMPROVING'
  | 'NOT_ENOUGH_DATA'
  | 'PLATEAUED'
  | 'POLARITY_UNKNOWN'
  | 'SLIPPING';

/** The figure of record chosen among rival sources, and why. */
export type FigureOfRecordInput = {
  area: string;
  indicator: string;
  period: string;
  /** Why this source (kept with the choice). */
  reason: string;
  /** To change an earlier choice: its chosenAt (else a CONFLICT error). */
  replacesChoiceAt?: string | null | undefined;
  /** The source whose figure is of record: one of the rival figure's candidates. */
  source: string;
};

/** A partner's governing body that agreed the draft. */
export type GoverningBodyInput = {
  /** When it agreed (YYYY-MM-DD). */
  agreedOn: string;
  /** Its governing body, e.g. "Cabinet", "PCT Board", "Police Authority". */
  body: string;
  /** The partner organisation, e.g. "Sheffield City Council", "Sheffield PCT". */
  organisation: string;
};

/** The direction a target's levels should move in, stated by its editor where the indicator's polarity is not known. */
export type IntendedDirection =
  /** Lower is better for this target. */
  | 'DOWN'
  /** Higher is better for this target. */
  | 'UP';

/** How far a process-map milestone has got. */
export type MilestoneStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** What a multi-area agreement says: its title, member areas, shared priorities and targets. */
export type MultiAreaContentInput = {
  /** The 2008 codes of its member areas (two or more, any region; one at least of the lead region). */
  areaCodes: Array<string>;
  priorities?: Array<MultiAreaPriorityInput>;
  targets?: Array<MultiAreaTargetInput>;
  title: string;
};

/** The lead region's record, sent to another member region's gateway as it reads at the lead (id, version and people included). */
export type MultiAreaCopyInput = {
  /** The 2008 codes of its member areas (two or more, any region; one at least of the lead region). */
  areaCodes: Array<string>;
  changedBy: string;
  createdBy: string;
  id: string | number;
  leadRegionCode: string;
  priorities?: Array<MultiAreaPriorityInput>;
  targets?: Array<MultiAreaTargetInput>;
  title: string;
  version: number;
};

/** How this region holds a multi-area agreement. */
export type MultiAreaHolding =
  /** A read copy sent by the lead region (leadRegionCode); it changes only when the lead region sends a newer version. */
  | 'COPY'
  /** This region leads it: the record is changed here and sent to the other member regions. */
  | 'LEAD';

/** A priority outcome the member areas share. */
export type MultiAreaPriorityInput = {
  description?: string;
  title: string;
};

/** A target the member areas share, on an indicator of the national set. */
export type MultiAreaTargetInput = {
  /** The shared baseline; leave it out until a reliable one is agreed. */
  baseline?: number | null | undefined;
  description: string;
  /** A live national indicator, e.g. NI151. */
  indicator: string;
  /** Levels for 2008/09, 2009/10 and 2010/11. */
  levels: Array<number>;
};

/** Where a negotiation point stands; OPEN and ESCALATED points are still open. */
export type NegotiationPointStatus =
  /** Escalated (e.g. to the Deputy Regional Director or a case conference); still open. */
  | 'ESCALATED'
  /** Raised and under discussion. */
  | 'OPEN'
  /** Resolved, with a reason. */
  | 'RESOLVED'
  /** Withdrawn, with a reason. */
  | 'WITHDRAWN';

/** The sector a partner of the LSP comes from. */
export type PartnerSector =
  | 'BUSINESS'
  | 'COUNCIL'
  | 'DISTRICT_COUNCIL'
  | 'FIRE_AND_RESCUE'
  | 'JOBCENTRE_PLUS'
  | 'POLICE'
  | 'PRIMARY_CARE_TRUST'
  | 'REGIONAL_BODY'
  | 'VOLUNTARY_COMMUNITY_FAITH';

/** What a person does in the LAA: GO staff (region), councillors and partner officers (area), department contacts. */
export type PersonRole =
  | 'COUNCILLOR'
  | 'DEPARTMENT_CONTACT'
  | 'DEPUTY_REGIONAL_DIRECTOR'
  | 'PARTNER_OFFICER'
  | 'REGIONAL_DIRECTOR'
  | 'RELATIONSHIP_MANAGER'
  | 'THEME_LEAD';

/** What a negotiation point is raised against. */
export type PointSubjectKind =
  /** The whole agreement. */
  | 'AGREEMENT'
  /** An indicator (subjectRef is its code, e.g. NI39). */
  | 'INDICATOR'
  /** A priority outcome (subjectRef is its id). */
  | 'PRIORITY'
  /** A target (subjectRef is its id). */
  | 'TARGET';

/** Which direction of an indicator is an improvement. */
export type Polarity =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** A criterion a priority outcome is tested against. Source: Negotiating New Local Area Agreements (CLG, September 2007): "Sheffield's approach" and "Dry Run: Royal Borough of Windsor and Maidenhead" (GO South East). */
export type PriorityCriterion =
  /** Link clearly to the Sustainable Community Strategy */
  | 'GOSE_LINKS_TO_SCS'
  /** Be locally distinctive */
  | 'GOSE_LOCALLY_DISTINCTIVE'
  /** The delivery and or benefit involve more than one partner */
  | 'GOSE_MORE_THAN_ONE_PARTNER'
  /** Bring about an improvement in the quality of life for local people */
  | 'GOSE_QUALITY_OF_LIFE'
  /** Be addressed at the appropriate spatial level */
  | 'GOSE_RIGHT_SPATIAL_LEVEL'
  /** Would pose a significant risk if not included */
  | 'GOSE_RISK_IF_LEFT_OUT'
  /** Be supported by robust data sets */
  | 'GOSE_ROBUST_DATA'
  /** Offer synergy and linkages across the four themes */
  | 'GOSE_SYNERGY_ACROSS_THEMES'
  /** Offer value for money */
  | 'GOSE_VALUE_FOR_MONEY'
  /** Central Government sees the issue as a priority for the place */
  | 'SHEFFIELD_CENTRAL_GOVERNMENT'
  /** The City Strategy deems the issue vital to the future progress of the city */
  | 'SHEFFIELD_CITY_STRATEGY'
  /** Local people see the issue as a priority */
  | 'SHEFFIELD_LOCAL_PEOPLE'
  /** The improvement of the service is a priority */
  | 'SHEFFIELD_SERVICE_IMPROVEMENT';

export type PriorityGraphEdgeKind =
  /** Cause and effect: working on the first helps the second. */
  | 'CONTRIBUTES_TO'
  /** A target of the priority uses the indicator. */
  | 'MEASURED_BY';

/** The baseline a CHANGE_BASELINE request proposes. */
export type ProposedBaselineInput = {
  /** e.g. 2008/09 */
  period: string;
  provisional?: boolean;
  /** Where the figure comes from. */
  source: string;
  value: number;
};

/** A new negotiation point against a priority, indicator, target or the whole agreement. */
export type RaiseNegotiationPointInput = {
  agreementId: string | number;
  /** The case for it (opens the thread). */
  detail: string;
  subjectKind: PointSubjectKind;
  /** The priority or target id, or the indicator code; leave out for the whole agreement. */
  subjectRef?: string | null | undefined;
  /** The point in a line. */
  title: string;
};

/** The Regional Director's recommendation of an agreement to Ministers. */
export type RecommendAgreementInput = {
  agreementId: string | number;
  /** The sign-off version you read. */
  expectedVersion: number;
  /** The likely impact of the agreement on the area. */
  likelyImpact: string;
  /** The recommendation itself: why Ministers should sign. */
  reason: string;
};

/** What a case conference decided on one agenda point. */
export type RecordCaseConferenceOutcomeInput = {
  conferenceId: string | number;
  outcome: string;
  pointId: string | number;
  /** True when the outcome resolves the point (it is then closed as RESOLVED). */
  resolvesPoint?: boolean;
};

export type RecordCommunityStrategyInput = {
  /** When the partnership adopted it (YYYY-MM-DD). */
  adoptedOn: string;
  /** The area's 2008 code. */
  area: string;
  /** The first year it covers. */
  periodFrom: number;
  /** The last year it covers (not before periodFrom). */
  periodTo: number;
  title: string;
  /** Where it is published (http or https). */
  url: string;
};

export type RecordSoftEvidenceInput = {
  /** The area's 2008 code. */
  area: string;
  /** When it was produced (YYYY-MM-DD). */
  dated: string;
  /** Indicators it bears on (national, or the area's local ones). */
  indicators?: Array<string>;
  kind: SoftEvidenceKind;
  /** Priority outcomes of the area's agreement it bears on. */
  priorities?: Array<string | number>;
  /** Who produced it. */
  source: string;
  summary: string;
  theme: Theme;
  title: string;
};

/** How far a reference value can be trusted; anything but SOURCED is shown as unverified. */
export type ReferenceStatus =
  | 'INFERRED'
  | 'MISSING'
  | 'SOURCED'
  | 'UNVERIFIED';

/** A new relationship manager for an area, and why the change. */
export type RelationshipManagerChangeInput = {
  areaCode: string;
  /** The new relationship manager's name. */
  name: string;
  reason: string;
};

/** The GO relaying a department's point to the area, with what it tells the area. */
export type RelayNegotiationPointInput = {
  expectedVersion: number;
  /** What the GO tells the area with it (kept in the thread). */
  note: string;
  pointId: string | number;
};

/** The area's partnership asking its GO for a case conference. */
export type RequestCaseConferenceInput = {
  /** The negotiation points it should settle. */
  agendaPointIds?: Array<string | number>;
  agreementId: string | number;
  /** Why a conference is needed. */
  reason: string;
};

/** Settles a consistency review. */
export type ResolveConsistencyReviewInput = {
  /** How it was settled. */
  resolution: string;
  reviewId: string | number;
};

/** A case conference to schedule: when, who is invited, and the negotiation points on its agenda. */
export type ScheduleCaseConferenceInput = {
  /** The negotiation points on the agenda. */
  agendaPointIds?: Array<string | number>;
  agreementId: string | number;
  /** YYYY-MM-DD */
  heldOn: string;
  invitedDepartments?: Array<Department>;
  /** Other bodies, e.g. the Audit Commission, the regional development agency. */
  invitedOthers?: Array<string>;
  /** Partnership members invited. */
  invitedPartnerIds?: Array<string | number>;
  /** The partnership's request this conference answers: its points join the agenda. */
  requestId?: string | number | null | undefined;
};

/** The whole template, replacing the one read. */
export type SetRoundProcessMapInput = {
  /** The template's version as read (0 while it is the source's): CONFLICT if it changed since. */
  expectedVersion: number;
  milestones: Array<TemplateMilestoneInput>;
};

/** New levels for a target's three years, against the version the caller read. */
export type SetTargetLevelsInput = {
  /** The target version the change is based on. */
  expectedVersion: number;
  /** The direction the levels should move in, where the indicator's polarity is not known (leave out to keep the one stated). */
  intendedDirection?: IntendedDirection | null | undefined;
  /** Exactly three levels: years 1, 2 and 3. */
  levels: Array<number>;
  targetId: string | number;
};

/** What kind of thing stops the next sign-off step. */
export type SignOffBlockerKind =
  /** A designated or statutory target has no reliable baseline and no deferral approved by the GO (requestBaselineDeferral, decideBaselineDeferral). */
  | 'BASELINE'
  /** The Secretary of State has not yet consulted Cabinet colleagues. */
  | 'CABINET_CONSULTATION'
  /** A cross-GO consistency review is open. */
  | 'CONSISTENCY_REVIEW'
  /** Sign-off starts once the draft is SUBMITTED. */
  | 'DRAFT_NOT_SUBMITTED'
  /** A partner that leads a target has no governing body's agreement recorded (PARTNERS_AGREED refuses; ref is the partnership member). */
  | 'LEAD_PARTNER_AGREEMENT'
  /** A negotiation point is still open (OPEN or ESCALATED). */
  | 'NEGOTIATION_POINT'
  /** The targets changed after the RD's recommendation: the RD must recommend again. */
  | 'RECOMMENDATION_OUT_OF_DATE'
  /** An indicator of the statutory DCSF set in force today has no statutory target with all three levels. */
  | 'STATUTORY_SET'
  /** The LSP has not signed off the latest version of the area's story of place (evidence subgraph). */
  | 'STORY_OF_PLACE'
  /** A designated or statutory target has no valid sign-off (none yet, or it changed since). */
  | 'TARGET_SIGN_OFF';

/** What happened in an agreement's sign-off. */
export type SignOffEventKind =
  /** The Secretary of State consulted Cabinet colleagues. */
  | 'CABINET_CONSULTED'
  /** The change was approved or rejected at the level it needs. */
  | 'CHANGE_DECIDED'
  /** Controlled refresh: a change to a signed target was requested. */
  | 'CHANGE_REQUESTED'
  /** Cross-GO moderation marked the agreement for a consistency review. */
  | 'REVIEW_RAISED'
  /** The consistency review was settled. */
  | 'REVIEW_RESOLVED'
  /** A step of the chain (LSP, partners' governing bodies, theme leads, RD, Ministers). */
  | 'STEP'
  /** A theme lead signed off one version of a target, with the department's confirmation. */
  | 'TARGET_SIGNED_OFF'
  /** A signed version of the agreement: Ministers' signature (1) or an applied refresh (2, 3, ...). */
  | 'VERSION_SIGNED';

/** How far an agreement has got through sign-off. */
export type SignOffStage =
  /** The LSP has signed off the story of place and the draft. */
  | 'LSP_SIGNED_OFF'
  /** Still in negotiation. */
  | 'NOT_STARTED'
  /** Partners' governing bodies (council, PCT Board, Police Authority, ...) have agreed it. */
  | 'PARTNERS_AGREED'
  /** The Regional Director has recommended it to Ministers. */
  | 'RD_RECOMMENDED'
  /** Signed by Ministers after the Secretary of State consulted Cabinet colleagues. */
  | 'SIGNED'
  /** GO theme leads have signed off every designated and statutory target. */
  | 'TARGETS_SIGNED_OFF';

/** The next step of an agreement's sign-off, taken by the person whose role it is, with a reason. */
export type SignOffStepInput = {
  agreementId: string | number;
  /** The sign-off version you read (0 before the first step). */
  expectedVersion: number;
  /** PARTNERS_AGREED: each partner's governing body that agreed (at least one). */
  governingBodies?: Array<GoverningBodyInput> | null | undefined;
  /** RD_RECOMMENDED: the likely impact, written into the recommendation. */
  likelyImpact?: string | null | undefined;
  /** Why: kept in the sign-off history. */
  reason: string;
  /** The stage this step reaches: always the next one in order. */
  stage: SignOffStage;
};

/** The LSP's sign-off of the latest version of the story. */
export type SignOffStoryOfPlaceInput = {
  area: string;
  /** The LSP's decision, e.g. the meeting that agreed it. */
  note: string;
  /** The version signed off: it must be the latest. */
  version: number;
};

/** A GO theme lead signs off one version of a designated or statutory target. */
export type SignOffTargetInput = {
  departmentConfirmation: DepartmentConfirmationInput;
  targetId: string | number;
  /** The target version the department confirmed; CONFLICT if the target has changed since. */
  targetVersion: number;
};

/** What kind of qualitative evidence an item is. */
export type SoftEvidenceKind =
  | 'CITIZENS_PANEL'
  | 'CONSULTATION'
  /** An equalities impact assessment of the priorities or the draft agreement. */
  | 'EQUALITIES_IMPACT_ASSESSMENT'
  | 'INSPECTION_FINDING'
  /** The joint strategic needs assessment of the council and the PCT. */
  | 'JOINT_STRATEGIC_NEEDS_ASSESSMENT'
  | 'PARTNER_KNOWLEDGE'
  | 'POLITICAL_AMBITION'
  | 'RESIDENT_SURVEY'
  /** A sustainability appraisal (of the Sustainable Community Strategy or the plans it rests on). */
  | 'SUSTAINABILITY_APPRAISAL';

/** A claim of the story and the evidence behind it. */
export type StoryClaimInput = {
  /** Indicators whose figures back the claim. */
  indicators?: Array<string>;
  /** Soft intelligence items of the area that back the claim. */
  softEvidence?: Array<string | number>;
  statement: string;
};

/** How a target's levels stand against the area's own trend (see TargetStretch.rule). */
export type StretchJudgement =
  /** At least one year's level is worse than the trend projects: the target asks for less than the trend gives. */
  | 'BELOW_TREND'
  /** No year below the projection, and the last level set better than it. */
  | 'BEYOND_TREND'
  /** No year below the projection, the last level no better than it. */
  | 'IN_LINE_WITH_TREND'
  /** No level is set yet. */
  | 'LEVELS_NOT_SET'
  /** The evidence has too few periods of record to fit a trend. */
  | 'NO_TREND'
  /** The indicator's better direction is not known, so levels are not judged. */
  | 'POLARITY_UNKNOWN';

/** Approves or rejects a requested change to a signed agreement. */
export type TargetChangeDecisionInput = {
  approve: boolean;
  expectedVersion: number;
  reason: string;
  requestId: string | number;
};

/** A requested change to a signed agreement: one target, its proposed levels or baseline, and why. */
export type TargetChangeInput = {
  agreementId: string | number;
  change: TargetChangeKind;
  /** CHANGE_BASELINE: the proposed baseline. */
  proposedBaseline?: ProposedBaselineInput | null | undefined;
  /** CHANGE_LEVELS: the three proposed levels. */
  proposedLevels?: Array<number> | null | undefined;
  /** Why the change is needed. */
  reason: string;
  /** The target to change or remove (none when adding a designated target). */
  targetId?: string | number | null | undefined;
};

/** What a refresh of a signed agreement changes. */
export type TargetChangeKind =
  /** A new designated target (always Ministers). */
  | 'ADD_DESIGNATED'
  /** A new baseline for an existing designated or statutory target (e.g. a deferred baseline now to hand): the GO approves. */
  | 'CHANGE_BASELINE'
  /** New levels for an existing designated or statutory target. */
  | 'CHANGE_LEVELS'
  /** Dropping a designated target (always Ministers). */
  | 'REMOVE_DESIGNATED';

export type TargetChangeStatus =
  /** Changed and signed off again: a new signed version of the agreement was recorded. */
  | 'APPLIED'
  /** Approved: the target is reopened for the change and a new sign-off. */
  | 'APPROVED'
  /** Refused; the signed target stands. */
  | 'REJECTED'
  /** Waiting for approval. */
  | 'REQUESTED';

export type TargetKind =
  /** One of up to 35 improvement targets negotiated with government from the national set. */
  | 'DESIGNATED'
  /** A local target: set locally, no central negotiation or reporting. */
  | 'LOCAL'
  /** A statutory education and early years target (DCSF). */
  | 'STATUTORY_DCSF';

/** A milestone of the round's process map template. */
export type TemplateMilestoneInput = {
  /** YYYY-MM-DD */
  dueOn: string;
  owner: string;
  /** The negotiation stage it closes. */
  stage: AgreementStage;
  title: string;
};

/** The thematic partnerships under an LSP. */
export type ThematicPartnershipKind =
  /** Children's Trust. */
  | 'CHILDRENS_TRUST'
  /** Crime and Disorder Reduction Partnership (CDRP). */
  | 'CRIME_AND_DISORDER_REDUCTION'
  /** Economic or employment and skills partnership. */
  | 'ECONOMIC_PARTNERSHIP'
  /** Health and wellbeing partnership. */
  | 'HEALTH_AND_WELLBEING';

/** One of the four LAA themes. */
export type Theme =
  /** Children and Young People */
  | 'CHILDREN_AND_YOUNG_PEOPLE'
  /** Economic Development and the Environment */
  | 'ECONOMIC_DEVELOPMENT_AND_ENVIRONMENT'
  /** Healthier Communities and Older People */
  | 'HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE'
  /** Safer and Stronger Communities */
  | 'SAFER_AND_STRONGER_COMMUNITIES';

/** Changes to a target, against the version the caller read. */
export type UpdateTargetInput = {
  /** Null or missing: a placeholder, which needs baselineDueBy. */
  baseline?: BaselineInput | null | undefined;
  /** YYYY-MM-DD: by when a missing or provisional baseline must be set. */
  baselineDueBy?: string | null | undefined;
  /** Partnership members contributing. */
  contributingPartnerIds?: Array<string | number> | null | undefined;
  expectedVersion: number;
  /** The direction the levels should move in (UP: higher is better). Needed before levels are set where the indicator's polarity is not known; refused if it contradicts a known polarity. */
  intendedDirection?: IntendedDirection | null | undefined;
  /** The partnership member leading delivery. */
  leadPartnerId?: string | number | null | undefined;
  /** Levels for years 1, 2 and 3 (exactly three; null for a year not yet set). */
  levels?: Array<number | null | undefined> | null | undefined;
  /** Why the partnership wants this target although the area may already perform strongly; without one such a designated target is flagged (Target.stretch). */
  localReason?: string | null | undefined;
  /** The priority outcome the target serves. */
  priorityId?: string | number | null | undefined;
  /** Other areas (2008 codes) sharing the target (multi-area). */
  sharedWithAreas?: Array<string> | null | undefined;
  targetId: string | number;
  /** Defaults to the indicator's theme. */
  theme?: Theme | null | undefined;
};

/** The next version of an area's story of place. */
export type WriteStoryOfPlaceInput = {
  /** What kind of place it wants to be. */
  ambition: string;
  area: string;
  claims: Array<StoryClaimInput>;
  /** The area's Sustainable Community Strategy this version draws on (recordCommunityStrategy); leave it out for none. */
  communityStrategy?: string | number | null | undefined;
  /** The version you read (0 for the first): CONFLICT if someone wrote one since. */
  expectedVersion: number;
  /** What kind of place this is. */
  placeToday: string;
};

export type AgreementPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementPageQuery = { agreement: { id: string, stage: AgreementStage, period: string, version: number, synthetic: boolean, openNegotiationPointCount: number, missingStatutoryIndicators: Array<string>, signOff: { stage: SignOffStage }, area: { code: string, name: string, partnership: { name: string, members: Array<{ id: string, organisation: string }> } | null }, departmentPriorityPlaces: Array<{ id: string, department: Department, priority: string, why: string, synthetic: boolean }>, targets: Array<{ id: string, kind: TargetKind, levels: Array<number | null>, placeholder: boolean, baselineDueBy: string | null, synthetic: boolean, version: number, localReason: string | null, intendedDirection: IntendedDirection | null, directionBasis: DirectionBasis, localIndicatorTitle: string | null, baseline: { value: number, period: string, source: string, provisional: boolean } | null, indicator: { code: string, title: string | null }, leadPartner: { id: string, organisation: string } | null, priority: { id: string, title: string } | null, openNegotiationPoints: Array<{ id: string }>, stretch: { judgement: StretchJudgement, belowTrend: boolean, strongPerformer: boolean, strongPerformerWithoutLocalReason: boolean, summary: string, years: Array<{ period: string, projected: number | null, beyondTrend: number | null, belowTrend: boolean | null }>, comparison: { period: string, englandAverage: number | null, similarAreasAverage: number | null, topQuartileThreshold: number | null, reachesTopQuartile: boolean | null } | null, baselineCheck: { evidenceValue: number | null, matchesEvidence: boolean | null } | null } | null }>, negotiationPoints: Array<{ id: string, title: string, status: NegotiationPointStatus, version: number, subjectKind: PointSubjectKind, subjectRef: string | null, ageInDays: number, department: string | null, withGovernmentOffice: boolean, decision: string | null, raisedBy: { name: string }, decidedBy: { name: string } | null }>, caseConferenceRequests: Array<{ id: string, reason: string, requestedAt: string, declinedAt: string | null, declineReason: string | null, requestedBy: { name: string }, declinedBy: { name: string } | null, conference: { id: string, heldOn: string } | null }>, caseConferences: Array<{ id: string, heldOn: string, invitedDepartments: Array<Department>, invitedOthers: Array<string>, scheduledBy: { name: string }, agenda: Array<{ outcome: string | null, resolvesPoint: boolean, point: { id: string, title: string, status: NegotiationPointStatus }, recordedBy: { name: string } | null }> }>, history: Array<{ version: number, summary: string, changedAt: string, changedBy: { name: string } }>, priorities: Array<{ id: string, title: string, description: string, tier: number | null, criteriaMet: Array<PriorityCriterion>, version: number, assessmentReason: string | null, synthetic: boolean, assessedBy: { name: string } | null }>, priorityGraph: { edges: Array<{ from: string, to: string, kind: PriorityGraphEdgeKind }> }, milestones: Array<{ id: string, title: string, dueOn: string, owner: string, status: MilestoneStatus, slippageDays: number, synthetic: boolean }>, coverage: { themesWithoutTargets: Array<Theme>, themes: Array<{ theme: Theme, targets: number }>, departments: Array<{ department: Department, targets: number }> } } | null };

export type TargetIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetIndicatorsQuery = { indicators: Array<{ code: string, title: string | null, statutoryDcsf: boolean, statutoryDcsfStatus: ReferenceStatus }> };

export type AddPriorityMutationVariables = Exact<{
  input: AddPriorityInput;
}>;


export type AddPriorityMutation = { addPriority: { id: string } };

export type AssessPriorityMutationVariables = Exact<{
  input: AssessPriorityInput;
}>;


export type AssessPriorityMutation = { assessPriority: { id: string, version: number } };

export type AddTargetMutationVariables = Exact<{
  input: AddTargetInput;
}>;


export type AddTargetMutation = { addTarget: { id: string, version: number } };

export type SetTargetLevelsMutationVariables = Exact<{
  input: SetTargetLevelsInput;
}>;


export type SetTargetLevelsMutation = { setTargetLevels: { id: string, version: number, levels: Array<number | null> } };

export type UpdateTargetMutationVariables = Exact<{
  input: UpdateTargetInput;
}>;


export type UpdateTargetMutation = { updateTarget: { id: string, version: number } };

export type RaisePointMutationVariables = Exact<{
  input: RaiseNegotiationPointInput;
}>;


export type RaisePointMutation = { raiseNegotiationPoint: { id: string } };

export type RelayPointMutationVariables = Exact<{
  input: RelayNegotiationPointInput;
}>;


export type RelayPointMutation = { relayNegotiationPoint: { id: string, version: number } };

export type DecidePointMutationVariables = Exact<{
  input: DecideNegotiationPointInput;
}>;


export type DecidePointMutation = { decideNegotiationPoint: { id: string, status: NegotiationPointStatus, decision: string | null } };

export type RequestConferenceMutationVariables = Exact<{
  input: RequestCaseConferenceInput;
}>;


export type RequestConferenceMutation = { requestCaseConference: { id: string } };

export type ScheduleConferenceMutationVariables = Exact<{
  input: ScheduleCaseConferenceInput;
}>;


export type ScheduleConferenceMutation = { scheduleCaseConference: { id: string } };

export type DeclineConferenceRequestMutationVariables = Exact<{
  input: DeclineCaseConferenceRequestInput;
}>;


export type DeclineConferenceRequestMutation = { declineCaseConferenceRequest: { id: string, declineReason: string | null } };

export type RecordOutcomeMutationVariables = Exact<{
  input: RecordCaseConferenceOutcomeInput;
}>;


export type RecordOutcomeMutation = { recordCaseConferenceOutcome: { outcome: string | null, resolvesPoint: boolean } };

export type AdvanceStageMutationVariables = Exact<{
  input: AdvanceAgreementStageInput;
}>;


export type AdvanceStageMutation = { advanceAgreementStage: { id: string, stage: AgreementStage, version: number } };

export type RecordCommunityStrategyMutationVariables = Exact<{
  input: RecordCommunityStrategyInput;
}>;


export type RecordCommunityStrategyMutation = { recordCommunityStrategy: { id: string } };

export type DefineLocalIndicatorMutationVariables = Exact<{
  input: DefineLocalIndicatorInput;
}>;


export type DefineLocalIndicatorMutation = { defineLocalIndicator: { code: string } };

export type CommunityStrategyFieldsFragment = { id: string, title: string, url: string, adoptedOn: string, periodFrom: number, periodTo: number };

export type StoryVersionFieldsFragment = { id: string, version: number, placeToday: string, ambition: string, writtenBy: string, writtenAt: string, synthetic: boolean, signOff: { signedOffBy: string, signedOffAt: string, note: string } | null, communityStrategy: { id: string, title: string, url: string, adoptedOn: string, periodFrom: number, periodTo: number } | null };

export type StoryOfPlaceQueryVariables = Exact<{
  area: string;
}>;


export type StoryOfPlaceQuery = { area: { code: string, storyOfPlace: { id: string, version: number, placeToday: string, ambition: string, writtenBy: string, writtenAt: string, synthetic: boolean, claims: Array<{ position: number, statement: string, indicatorCodes: Array<string>, softEvidenceIds: Array<string>, evidence: Array<{ indicator: { code: string, title: string | null, titleStatus: ReferenceStatus }, series: Array<{ period: string, value: number | null, synthetic: boolean }>, trend: { direction: DirectionOfTravel, slopePerYear: number | null }, baseline: { status: BaselineStatus, period: string | null, value: number | null } }>, softEvidence: Array<{ id: string, title: string, source: string, kind: SoftEvidenceKind, synthetic: boolean }> }>, signOff: { signedOffBy: string, signedOffAt: string, note: string } | null, communityStrategy: { id: string, title: string, url: string, adoptedOn: string, periodFrom: number, periodTo: number } | null } | null, storyOfPlaceVersions: Array<{ id: string, version: number, placeToday: string, ambition: string, writtenBy: string, writtenAt: string, synthetic: boolean, claims: Array<{ position: number, statement: string, indicatorCodes: Array<string>, softEvidenceIds: Array<string> }>, signOff: { signedOffBy: string, signedOffAt: string, note: string } | null, communityStrategy: { id: string, title: string, url: string, adoptedOn: string, periodFrom: number, periodTo: number } | null }>, communityStrategies: Array<{ id: string, title: string, url: string, adoptedOn: string, periodFrom: number, periodTo: number }>, softEvidence: Array<{ id: string, kind: SoftEvidenceKind, title: string, summary: string, source: string, dated: string, theme: Theme, version: number, synthetic: boolean, recordedBy: string, recordedAt: string, indicators: Array<{ code: string, title: string | null, titleStatus: ReferenceStatus }>, priorities: Array<{ id: string, title: string }> }> } | null };

export type AreaPrioritiesQueryVariables = Exact<{
  area: string;
}>;


export type AreaPrioritiesQuery = { area: { code: string, agreement: { id: string, priorities: Array<{ id: string, title: string }> } | null } | null };

export type WriteStoryOfPlaceMutationVariables = Exact<{
  input: WriteStoryOfPlaceInput;
}>;


export type WriteStoryOfPlaceMutation = { writeStoryOfPlace: { id: string, version: number } };

export type SignOffStoryOfPlaceMutationVariables = Exact<{
  input: SignOffStoryOfPlaceInput;
}>;


export type SignOffStoryOfPlaceMutation = { signOffStoryOfPlace: { id: string, version: number, signOff: { signedOffBy: string } | null } };

export type RecordSoftEvidenceMutationVariables = Exact<{
  input: RecordSoftEvidenceInput;
}>;


export type RecordSoftEvidenceMutation = { recordSoftEvidence: { id: string, version: number } };

export type IndicatorReferenceFieldsFragment = { code: string, title: string | null, titleStatus: ReferenceStatus, polarity: Polarity | null, polarityStatus: ReferenceStatus, theme: Theme, themeStatus: ReferenceStatus, department: Department | null, departmentStatus: ReferenceStatus, statutoryDcsf: boolean, statutoryDcsfStatus: ReferenceStatus, local: boolean };

export type EvidenceProfileQueryVariables = Exact<{
  area: string;
  theme?: Theme | null | undefined;
}>;


export type EvidenceProfileQuery = { area: { code: string, name: string, region: { code: string, name: string }, agreement: { id: string } | null, evidenceProfile: Array<{ indicator: { code: string, title: string | null, titleStatus: ReferenceStatus, polarity: Polarity | null, polarityStatus: ReferenceStatus, theme: Theme, themeStatus: ReferenceStatus, department: Department | null, departmentStatus: ReferenceStatus, statutoryDcsf: boolean, statutoryDcsfStatus: ReferenceStatus, local: boolean }, series: Array<{ period: string, value: number | null, provisional: boolean, rival: boolean, unresolved: boolean, synthetic: boolean }>, baseline: { status: BaselineStatus, period: string | null, value: number | null }, trend: { direction: DirectionOfTravel } }> } | null };

export type IndicatorEvidenceQueryVariables = Exact<{
  area: string;
  indicator: string;
}>;


export type IndicatorEvidenceQuery = { areas: Array<{ code: string, name: string }>, area: { code: string, indicatorEvidence: { indicator: { sources: Array<string>, notes: string | null, definition: string | null, code: string, title: string | null, titleStatus: ReferenceStatus, polarity: Polarity | null, polarityStatus: ReferenceStatus, theme: Theme, themeStatus: ReferenceStatus, department: Department | null, departmentStatus: ReferenceStatus, statutoryDcsf: boolean, statutoryDcsfStatus: ReferenceStatus, local: boolean, statutoryMemberships: Array<{ from: string, to: string | null, status: ReferenceStatus, reason: string }> }, series: Array<{ period: string, value: number | null, provisional: boolean, rival: boolean, unresolved: boolean, synthetic: boolean, observation: { source: string } | null, releases: Array<{ id: string, value: number, source: string, publishedOn: string, provisional: boolean, synthetic: boolean, loadedBy: string | null, supersededAt: string | null }>, choices: Array<{ source: string, reason: string, chosenBy: string | null, chosenAt: string }> }>, trend: { direction: DirectionOfTravel, slopePerYear: number | null, relativeChangePerYear: number | null, pointsUsed: number, rule: string, projection: Array<{ period: string, value: number }> }, baseline: { status: BaselineStatus, period: string | null, value: number | null }, benchmark: { period: string, value: number | null, regionAverage: number | null, englandAverage: number | null, similarAreasAverage: number | null, rank: number | null, areasRanked: number, quartile: number | null, rule: string, similarAreas: Array<{ neighbourCode: string, name: string, value: number | null, distance: number, rank: number }> } | null } } | null };

export type RivalFigureFieldsFragment = { indicatorCode: string, areaCode: string, areaName: string, period: string, value: number | null, unresolved: boolean, synthetic: boolean, provisional: boolean, indicator: { code: string, title: string | null, titleStatus: ReferenceStatus }, observation: { source: string } | null, candidates: Array<{ id: string, value: number, source: string, publishedOn: string, provisional: boolean, synthetic: boolean, loadedBy: string | null, supersededAt: string | null }>, choices: Array<{ source: string, reason: string, chosenBy: string | null, chosenAt: string }> };

export type RivalFiguresQueryVariables = Exact<{
  area?: string | null | undefined;
}>;


export type RivalFiguresQuery = { areas: Array<{ code: string, name: string }>, open: Array<{ indicatorCode: string, areaCode: string, areaName: string, period: string, value: number | null, unresolved: boolean, synthetic: boolean, provisional: boolean, indicator: { code: string, title: string | null, titleStatus: ReferenceStatus }, observation: { source: string } | null, candidates: Array<{ id: string, value: number, source: string, publishedOn: string, provisional: boolean, synthetic: boolean, loadedBy: string | null, supersededAt: string | null }>, choices: Array<{ source: string, reason: string, chosenBy: string | null, chosenAt: string }> }>, all: Array<{ indicatorCode: string, areaCode: string, areaName: string, period: string, value: number | null, unresolved: boolean, synthetic: boolean, provisional: boolean, indicator: { code: string, title: string | null, titleStatus: ReferenceStatus }, observation: { source: string } | null, candidates: Array<{ id: string, value: number, source: string, publishedOn: string, provisional: boolean, synthetic: boolean, loadedBy: string | null, supersededAt: string | null }>, choices: Array<{ source: string, reason: string, chosenBy: string | null, chosenAt: string }> }> };

export type ChooseFigureOfRecordMutationVariables = Exact<{
  input: FigureOfRecordInput;
}>;


export type ChooseFigureOfRecordMutation = { chooseFigureOfRecord: { value: number | null, unresolved: boolean } };

export type ObservationImportsQueryVariables = Exact<{
  limit: number;
}>;


export type ObservationImportsQuery = { observationImports: Array<{ id: string, origin: string, loadedBy: string, startedAt: string, rowsRead: number, inserted: number, superseded: number, unchanged: number, rejected: number }> };

export type MultiAreaAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type MultiAreaAgreementsQuery = { region: { code: string, name: string }, multiAreaAgreements: Array<{ id: string, title: string, leadRegionCode: string, holding: MultiAreaHolding, version: number, createdBy: string, changedBy: string, writtenAt: string, synthetic: boolean, members: Array<{ code: string, name: string, regionCode: string }>, memberRegions: Array<{ regionCode: string, lead: boolean, deliveredVersion: number | null, upToDate: boolean }> }> };

export type MultiAreaSharedQueryVariables = Exact<{
  id: string | number;
}>;


export type MultiAreaSharedQuery = { multiAreaAgreement: { id: string, priorities: Array<{ title: string, description: string }>, targets: Array<{ indicatorCode: string, description: string, baseline: number | null, levels: Array<number>, indicator: { code: string, title: string | null, titleStatus: ReferenceStatus } }> } | null };

export type CreateMultiAreaAgreementMutationVariables = Exact<{
  input: MultiAreaContentInput;
}>;


export type CreateMultiAreaAgreementMutation = { createMultiAreaAgreement: { id: string, version: number } };

export type ReceiveMultiAreaAgreementMutationVariables = Exact<{
  input: MultiAreaCopyInput;
}>;


export type ReceiveMultiAreaAgreementMutation = { receiveMultiAreaAgreement: { id: string, version: number } };

export type RecordMultiAreaAgreementDeliveryMutationVariables = Exact<{
  id: string | number;
  regionCode: string;
  version: number;
}>;


export type RecordMultiAreaAgreementDeliveryMutation = { recordMultiAreaAgreementDelivery: { id: string } };

export type AreaPeopleQueryVariables = Exact<{
  code: string;
}>;


export type AreaPeopleQuery = { area: { code: string, name: string, typeDescription: string, partnership: { name: string, synthetic: boolean, members: Array<{ id: string, organisation: string, sector: PartnerSector, synthetic: boolean }> } | null, thematicPartnerships: Array<{ kind: ThematicPartnershipKind, name: string, synthetic: boolean }>, districts: Array<{ code: string, name: string, feedsCountyStrategyOf: { name: string } }>, relationshipManager: { name: string, title: string } | null, relationshipManagerHistory: Array<{ assignedAt: string, endedAt: string | null, assignedBy: string, reason: string, person: { name: string } }>, people: Array<{ id: string, name: string, role: PersonRole, title: string, department: Department | null, synthetic: boolean, organisation: { organisation: string } | null }> } | null, region: { name: string, people: Array<{ id: string, name: string, role: PersonRole, title: string }> } };

export type ChangeRelationshipManagerMutationVariables = Exact<{
  input: RelationshipManagerChangeInput;
}>;


export type ChangeRelationshipManagerMutation = { changeRelationshipManager: { id: string } };

export type CommitmentsQueryVariables = Exact<{
  code: string;
}>;


export type CommitmentsQuery = { area: { code: string, name: string, partnership: { name: string, members: Array<{ id: string, organisation: string, sector: PartnerSector, commitments: Array<{ id: string, kind: TargetKind, version: number, levels: Array<number | null>, localIndicatorTitle: string | null, indicator: { code: string, title: string | null }, baseline: { value: number, period: string } | null, agreement: { id: string, stage: AgreementStage, area: { code: string, name: string } }, leadPartner: { id: string, organisation: string } | null, contributingPartners: Array<{ id: string }>, signOff: { valid: boolean } | null }> }> } | null } | null };

export type NationalViewQueryVariables = Exact<{
  scope: ChoiceScope;
}>;


export type NationalViewQuery = { region: { code: string, name: string, governmentOffice: string }, areas: Array<{ code: string, gssCode: string | null, name: string, type: AreaType, agreement: { id: string, stage: AgreementStage, synthetic: boolean, signOff: { stage: SignOffStage } } | null }>, indicatorChoices: { scope: ChoiceScope, agreements: number, indicators: Array<{ indicatorCode: string, title: string | null, theme: Theme, themeStatus: ReferenceStatus, department: Department, departmentStatus: ReferenceStatus, targets: number, designated: number, statutory: number, local: number, areas: Array<{ code: string }> }>, themes: Array<{ theme: Theme, themeStatus: ReferenceStatus, targets: number, designated: number, statutory: number, local: number, areas: Array<{ code: string }> }>, departments: Array<{ department: Department, inferred: boolean, targets: number, designated: number, statutory: number, local: number, areas: Array<{ code: string }> }>, statutory: { setInForce: Array<string>, setStatus: ReferenceStatus, agreements: number, complete: number, incomplete: Array<{ stage: AgreementStage, missing: Array<string>, area: { code: string } }> } } };

export type SetRoundProcessMapMutationVariables = Exact<{
  input: SetRoundProcessMapInput;
}>;


export type SetRoundProcessMapMutation = { setRoundProcessMap: { version: number } };

export type RoundQueryVariables = Exact<{ [key: string]: never; }>;


export type RoundQuery = { region: { code: string, name: string, governmentOffice: string }, round: { period: string, opened: number, notOpened: number, processMap: { fromSource: boolean, version: number, changedBy: string | null, milestones: Array<{ title: string, dueOn: string, owner: string, stage: AgreementStage }> }, areas: Array<{ stage: AgreementStage | null, slippageDays: number, lateMilestones: number, behindTemplateDays: number, area: { code: string, name: string }, agreement: { id: string, synthetic: boolean } | null, nextMilestone: { title: string, dueOn: string, owner: string } | null, missedTemplateMilestone: { title: string, dueOn: string } | null }> } };

export type OpenRoundMutationVariables = Exact<{
  regionCode: string | number;
}>;


export type OpenRoundMutation = { openRound: { opened: Array<{ id: string }>, alreadyOpen: Array<{ code: string }> } };

export type OpenAgreementMutationVariables = Exact<{
  areaCode: string | number;
}>;


export type OpenAgreementMutation = { openAgreement: { id: string } };

export type ModerationQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationQuery = { agreement: { id: string, area: { name: string }, signOff: { stage: SignOffStage, consistencyReviews: Array<{ id: string, reason: string, raisedBy: string, resolvedAt: string | null, resolvedBy: string | null, resolution: string | null }> } } | null };

export type AgreementSignOffQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementSignOffQuery = { agreement: { id: string, stage: AgreementStage, synthetic: boolean, area: { code: string, name: string, partnership: { members: Array<{ id: string, organisation: string, sector: PartnerSector }> } | null }, targets: Array<{ id: string, kind: TargetKind, version: number, levels: Array<number | null>, localIndicatorTitle: string | null, indicator: { code: string, title: string | null, department: Department | null }, baseline: { value: number, period: string } | null, signOff: { valid: boolean, targetVersion: number, invalidatedBecause: string | null, signedBy: string, signedAt: string, departmentConfirmation: { department: Department, confirmedBy: string, confirmedOn: string, note: string } } | null }>, signOff: { stage: SignOffStage, version: number, reopenedTargetIds: Array<string>, readiness: { nextStage: string | null, takenBy: string | null, ready: boolean, blockers: Array<{ kind: SignOffBlockerKind, ref: string | null, label: string, reason: string }> }, recommendation: { recommendedBy: string, generatedAt: string } | null, consistencyReviews: Array<{ id: string, reason: string, raisedBy: string, resolvedAt: string | null, resolution: string | null }>, targetChangeRequests: Array<{ id: string, targetId: string | null, change: TargetChangeKind, status: TargetChangeStatus, approvalLevel: ApprovalLevel, currentLevels: Array<number | null> | null, proposedLevels: Array<number | null> | null, requestedBy: string, reason: string, version: number, decidedBy: string | null, decisionReason: string | null }>, signedVersions: Array<{ number: number, signedBy: string, signedAt: string, reason: string, targets: Array<{ targetId: string, version: number, indicatorCode: string | null, levels: Array<number | null> | null }> }>, history: Array<{ at: string, kind: SignOffEventKind, summary: string, by: string, role: string | null, reason: string | null, stage: string | null, targetId: string | null }> } } | null };

export type TakeSignOffStepMutationVariables = Exact<{
  input: SignOffStepInput;
}>;


export type TakeSignOffStepMutation = { takeSignOffStep: { stage: SignOffStage, version: number } };

export type SignOffTargetMutationVariables = Exact<{
  input: SignOffTargetInput;
}>;


export type SignOffTargetMutation = { signOffTarget: { valid: boolean, targetVersion: number } };

export type RecommendAgreementMutationVariables = Exact<{
  input: RecommendAgreementInput;
}>;


export type RecommendAgreementMutation = { recommendAgreement: { stage: SignOffStage, version: number } };

export type RecordCabinetConsultationMutationVariables = Exact<{
  input: CabinetConsultationInput;
}>;


export type RecordCabinetConsultationMutation = { recordCabinetConsultation: { id: string } };

export type FlagForConsistencyReviewMutationVariables = Exact<{
  input: ConsistencyReviewInput;
}>;


export type FlagForConsistencyReviewMutation = { flagForConsistencyReview: { id: string } };

export type ResolveConsistencyReviewMutationVariables = Exact<{
  input: ResolveConsistencyReviewInput;
}>;


export type ResolveConsistencyReviewMutation = { resolveConsistencyReview: { id: string } };

export type RequestTargetChangeMutationVariables = Exact<{
  input: TargetChangeInput;
}>;


export type RequestTargetChangeMutation = { requestTargetChange: { id: string, approvalLevel: ApprovalLevel } };

export type DecideTargetChangeMutationVariables = Exact<{
  input: TargetChangeDecisionInput;
}>;


export type DecideTargetChangeMutation = { decideTargetChange: { status: TargetChangeStatus } };

export type SignOffStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignOffStagesQuery = { signOffStages: Array<{ areaCode: string, areaName: string, negotiationStage: string | null, stage: SignOffStage, version: number, underReview: boolean, lastStepAt: string | null, synthetic: boolean, agreement: { id: string } | null }> };

export type RecommendationQueryVariables = Exact<{
  id: string | number;
}>;


export type RecommendationQuery = { agreement: { id: string, signOff: { stage: SignOffStage, recommendation: { version: number, html: string, recommendedBy: string, generatedAt: string } | null, earlierRecommendations: Array<{ version: number, html: string, recommendedBy: string, generatedAt: string }> } } | null };

export type RecommendationPdfQueryVariables = Exact<{
  id: string | number;
}>;


export type RecommendationPdfQuery = { agreement: { id: string, signOff: { recommendation: { version: number, pdf: { fileName: string, mediaType: string, base64: string } | null } | null, earlierRecommendations: Array<{ version: number, pdf: { fileName: string, mediaType: string, base64: string } | null }> } } | null };

export const CommunityStrategyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityStrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityStrategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}}]}}]} as unknown as DocumentNode<CommunityStrategyFieldsFragment, unknown>;
export const StoryVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoryVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoryOfPlace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"placeToday"}},{"kind":"Field","name":{"kind":"Name","value":"ambition"}},{"kind":"Field","name":{"kind":"Name","value":"writtenBy"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityStrategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityStrategyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityStrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityStrategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}}]}}]} as unknown as DocumentNode<StoryVersionFieldsFragment, unknown>;
export const IndicatorReferenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"polarityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDcsf"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDcsfStatus"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]} as unknown as DocumentNode<IndicatorReferenceFieldsFragment, unknown>;
export const RivalFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RivalFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureOfRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unresolved"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"loadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"chosenBy"}},{"kind":"Field","name":{"kind":"Name","value":"chosenAt"}}]}}]}}]} as unknown as DocumentNode<RivalFigureFieldsFragment, unknown>;
export const AgreementPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"openNegotiationPointCount"}},{"kind":"Field","name":{"kind":"Name","value":"missingStatutoryIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentPriorityPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localReason"}},{"kind":"Field","name":{"kind":"Name","value":"intendedDirection"}},{"kind":"Field","name":{"kind":"Name","value":"directionBasis"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localIndicatorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNegotiationPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stretch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgement"}},{"kind":"Field","name":{"kind":"Name","value":"belowTrend"}},{"kind":"Field","name":{"kind":"Name","value":"strongPerformer"}},{"kind":"Field","name":{"kind":"Name","value":"strongPerformerWithoutLocalReason"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"projected"}},{"kind":"Field","name":{"kind":"Name","value":"beyondTrend"}},{"kind":"Field","name":{"kind":"Name","value":"belowTrend"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"englandAverage"}},{"kind":"Field","name":{"kind":"Name","value":"similarAreasAverage"}},{"kind":"Field","name":{"kind":"Name","value":"topQuartileThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"reachesTopQuartile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceValue"}},{"kind":"Field","name":{"kind":"Name","value":"matchesEvidence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiationPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"ageInDays"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withGovernmentOffice"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseConferenceRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declinedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseConferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"invitedDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOthers"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"resolvesPoint"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMet"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityGraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"slippageDays"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themesWithoutTargets"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementPageQuery, AgreementPageQueryVariables>;
export const TargetIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDcsf"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDcsfStatus"}}]}}]}}]} as unknown as DocumentNode<TargetIndicatorsQuery, TargetIndicatorsQueryVariables>;
export const AddPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddPriorityMutation, AddPriorityMutationVariables>;
export const AssessPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssessPriorityMutation, AssessPriorityMutationVariables>;
export const AddTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddTargetMutation, AddTargetMutationVariables>;
export const SetTargetLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTargetLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTargetLevelsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTargetLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}}]}}]}}]} as unknown as DocumentNode<SetTargetLevelsMutation, SetTargetLevelsMutationVariables>;
export const UpdateTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateTargetMutation, UpdateTargetMutationVariables>;
export const RaisePointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaisePoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseNegotiationPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseNegotiationPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaisePointMutation, RaisePointMutationVariables>;
export const RelayPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RelayPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelayNegotiationPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relayNegotiationPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RelayPointMutation, RelayPointMutationVariables>;
export const DecidePointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidePoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideNegotiationPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideNegotiationPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<DecidePointMutation, DecidePointMutationVariables>;
export const RequestConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCaseConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCaseConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestConferenceMutation, RequestConferenceMutationVariables>;
export const ScheduleConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleCaseConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCaseConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleConferenceMutation, ScheduleConferenceMutationVariables>;
export const DeclineConferenceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineConferenceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineCaseConferenceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCaseConferenceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]} as unknown as DocumentNode<DeclineConferenceRequestMutation, DeclineConferenceRequestMutationVariables>;
export const RecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseConferenceOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseConferenceOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"resolvesPoint"}}]}}]}}]} as unknown as DocumentNode<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const AdvanceStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceAgreementStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceAgreementStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdvanceStageMutation, AdvanceStageMutationVariables>;
export const RecordCommunityStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommunityStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommunityStrategyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommunityStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordCommunityStrategyMutation, RecordCommunityStrategyMutationVariables>;
export const DefineLocalIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineLocalIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineLocalIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineLocalIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DefineLocalIndicatorMutation, DefineLocalIndicatorMutationVariables>;
export const StoryOfPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoryOfPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"storyOfPlace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoryVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"softEvidenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"slopePerYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"softEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"storyOfPlaceVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoryVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"softEvidenceIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityStrategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityStrategyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"softEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dated"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityStrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityStrategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoryVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoryOfPlace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"placeToday"}},{"kind":"Field","name":{"kind":"Name","value":"ambition"}},{"kind":"Field","name":{"kind":"Name","value":"writtenBy"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityStrategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityStrategyFields"}}]}}]}}]} as unknown as DocumentNode<StoryOfPlaceQuery, StoryOfPlaceQueryVariables>;
export const AreaPrioritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaPriorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaPrioritiesQuery, AreaPrioritiesQueryVariables>;
export const WriteStoryOfPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteStoryOfPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteStoryOfPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeStoryOfPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WriteStoryOfPlaceMutation, WriteStoryOfPlaceMutationVariables>;
export const SignOffStoryOfPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffStoryOfPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffStoryOfPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffStoryOfPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}}]}}]}}]}}]} as unknown as DocumentNode<SignOffStoryOfPlaceMutation, SignOffStoryOfPlaceMutationVariables>;
export const RecordSoftEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSoftEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSoftEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSoftEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordSoftEvidenceMutation, RecordSoftEvidenceMutationVariables>;
export const EvidenceProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReferenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"rival"}},{"kind":"Field","name":{"kind":"Name","value":"unresolved"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"polarityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDcsf"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDcsfStatus"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]} as unknown as DocumentNode<EvidenceProfileQuery, EvidenceProfileQueryVariables>;
export const IndicatorEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorReferenceFields"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"rival"}},{"kind":"Field","name":{"kind":"Name","value":"unresolved"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"releases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"loadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"chosenBy"}},{"kind":"Field","name":{"kind":"Name","value":"chosenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"slopePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChangePerYear"}},{"kind":"Field","name":{"kind":"Name","value":"pointsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"regionAverage"}},{"kind":"Field","name":{"kind":"Name","value":"englandAverage"}},{"kind":"Field","name":{"kind":"Name","value":"similarAreasAverage"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"areasRanked"}},{"kind":"Field","name":{"kind":"Name","value":"quartile"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"similarAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorReferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"polarityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDcsf"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDcsfStatus"}},{"kind":"Field","name":{"kind":"Name","value":"local"}}]}}]} as unknown as DocumentNode<IndicatorEvidenceQuery, IndicatorEvidenceQueryVariables>;
export const RivalFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RivalFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"rivalFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RivalFigureFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"rivalFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RivalFigureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RivalFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureOfRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unresolved"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"loadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"chosenBy"}},{"kind":"Field","name":{"kind":"Name","value":"chosenAt"}}]}}]}}]} as unknown as DocumentNode<RivalFiguresQuery, RivalFiguresQueryVariables>;
export const ChooseFigureOfRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChooseFigureOfRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureOfRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chooseFigureOfRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unresolved"}}]}}]}}]} as unknown as DocumentNode<ChooseFigureOfRecordMutation, ChooseFigureOfRecordMutationVariables>;
export const ObservationImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObservationImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observationImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"loadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}}]}}]} as unknown as DocumentNode<ObservationImportsQuery, ObservationImportsQueryVariables>;
export const MultiAreaAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MultiAreaAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multiAreaAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"holding"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVersion"}},{"kind":"Field","name":{"kind":"Name","value":"upToDate"}}]}}]}}]}}]} as unknown as DocumentNode<MultiAreaAgreementsQuery, MultiAreaAgreementsQueryVariables>;
export const MultiAreaSharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MultiAreaShared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"multiAreaAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MultiAreaSharedQuery, MultiAreaSharedQueryVariables>;
export const CreateMultiAreaAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMultiAreaAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MultiAreaContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMultiAreaAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateMultiAreaAgreementMutation, CreateMultiAreaAgreementMutationVariables>;
export const ReceiveMultiAreaAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveMultiAreaAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MultiAreaCopyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveMultiAreaAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReceiveMultiAreaAgreementMutation, ReceiveMultiAreaAgreementMutationVariables>;
export const RecordMultiAreaAgreementDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMultiAreaAgreementDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMultiAreaAgreementDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMultiAreaAgreementDeliveryMutation, RecordMultiAreaAgreementDeliveryMutationVariables>;
export const AreaPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeDescription"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"feedsCountyStrategyOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipManagerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AreaPeopleQuery, AreaPeopleQueryVariables>;
export const ChangeRelationshipManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeRelationshipManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipManagerChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRelationshipManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeRelationshipManagerMutation, ChangeRelationshipManagerMutationVariables>;
export const CommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localIndicatorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributingPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitmentsQuery, CommitmentsQueryVariables>;
export const NationalViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChoiceScope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"governmentOffice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"gssCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorChoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"designated"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"designated"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"designated"}},{"kind":"Field","name":{"kind":"Name","value":"statutory"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInForce"}},{"kind":"Field","name":{"kind":"Name","value":"setStatus"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"incomplete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NationalViewQuery, NationalViewQueryVariables>;
export const SetRoundProcessMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoundProcessMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRoundProcessMapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoundProcessMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetRoundProcessMapMutation, SetRoundProcessMapMutationVariables>;
export const RoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"governmentOffice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"notOpened"}},{"kind":"Field","name":{"kind":"Name","value":"processMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSource"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"slippageDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateMilestones"}},{"kind":"Field","name":{"kind":"Name","value":"nextMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behindTemplateDays"}},{"kind":"Field","name":{"kind":"Name","value":"missedTemplateMilestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundQuery, RoundQueryVariables>;
export const OpenRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opened"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOpen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OpenRoundMutation, OpenRoundMutationVariables>;
export const OpenAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenAgreementMutation, OpenAgreementMutationVariables>;
export const ModerationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Moderation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"consistencyReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationQuery, ModerationQueryVariables>;
export const AgreementSignOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementSignOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"localIndicatorTitle"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"targetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"invalidatedBecause"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"departmentConfirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextStage"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consistencyReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetChangeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"currentLevels"}},{"kind":"Field","name":{"kind":"Name","value":"proposedLevels"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenedTargetIds"}},{"kind":"Field","name":{"kind":"Name","value":"signedVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementSignOffQuery, AgreementSignOffQueryVariables>;
export const TakeSignOffStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeSignOffStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeSignOffStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TakeSignOffStepMutation, TakeSignOffStepMutationVariables>;
export const SignOffTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"targetVersion"}}]}}]}}]} as unknown as DocumentNode<SignOffTargetMutation, SignOffTargetMutationVariables>;
export const RecommendAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecommendAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecommendAgreementMutation, RecommendAgreementMutationVariables>;
export const RecordCabinetConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCabinetConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CabinetConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCabinetConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordCabinetConsultationMutation, RecordCabinetConsultationMutationVariables>;
export const FlagForConsistencyReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagForConsistencyReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsistencyReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagForConsistencyReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FlagForConsistencyReviewMutation, FlagForConsistencyReviewMutationVariables>;
export const ResolveConsistencyReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveConsistencyReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveConsistencyReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConsistencyReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResolveConsistencyReviewMutation, ResolveConsistencyReviewMutationVariables>;
export const RequestTargetChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTargetChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTargetChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvalLevel"}}]}}]}}]} as unknown as DocumentNode<RequestTargetChangeMutation, RequestTargetChangeMutationVariables>;
export const DecideTargetChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideTargetChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetChangeDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideTargetChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideTargetChangeMutation, DecideTargetChangeMutationVariables>;
export const SignOffStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignOffStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"negotiationStage"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"lastStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SignOffStagesQuery, SignOffStagesQueryVariables>;
export const RecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierRecommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedBy"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationQuery, RecommendationQueryVariables>;
export const RecommendationPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pdf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierRecommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pdf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationPdfQuery, RecommendationPdfQueryVariables>;