/**
 * The console's words for the API's codes. Every code the console shows goes through one of these vocabularies, so
 * each has one name everywhere and none reaches the screen as it is. Themes, departments and the priority criteria are
 * libs/domain's own names (plain modules the console can import; its barrel pulls in the server's GraphQL enums).
 */
import { DEPARTMENT_NAMES, PRIORITY_CRITERIA, THEME_NAMES } from '@laa/domain/vocabulary';

export interface Vocabulary<Code extends string> {
  /** Every code, in the order people meet them (process order, or the order the source lists them). */
  readonly codes: readonly Code[];
  /** The words for a code; one the console does not know yet still reads as words. */
  label: (code: string) => string;
}

/** A code the console has no words for, readable all the same ("NEW_KIND" is "New kind"); text already in words stays as it is. */
export function readable(value: string): string {
  return /^[A-Z][A-Z0-9_]*$/.test(value) ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : value;
}

function vocabulary<Code extends string>(labels: Record<Code, string>): Vocabulary<Code> {
  const codes = Object.keys(labels) as Code[];
  return { codes, label: (code) => (Object.hasOwn(labels, code) ? labels[code as Code] : readable(code)) };
}

/** The negotiation, in order: priorities first, indicators second, targets last, then submission for sign-off. */
export const negotiationStages = vocabulary({
  PROCESS_MAP: 'Process map',
  PRIORITIES: 'Priority outcomes',
  INDICATORS: 'Indicators',
  TARGETS: 'Target levels',
  SUBMITTED: 'Submitted for sign-off',
});

/** Sign-off, in order, from the LSP's sign-off to Ministers' signature. */
export const signOffStages = vocabulary({
  NOT_STARTED: 'Not started',
  LSP_SIGNED_OFF: 'LSP signed off',
  PARTNERS_AGREED: 'Partners agreed',
  TARGETS_SIGNED_OFF: 'Targets signed off',
  RD_RECOMMENDED: 'Recommended by the RD',
  SIGNED: 'Signed by Ministers',
});

export const targetKinds = vocabulary({
  DESIGNATED: 'Designated',
  STATUTORY_DCSF: 'Statutory (DCSF)',
  LOCAL: 'Local',
});

export const themes = vocabulary(THEME_NAMES);
export const departments = vocabulary(DEPARTMENT_NAMES);
export const priorityCriteria = vocabulary(PRIORITY_CRITERIA);

export const areaTypes = vocabulary({
  SHIRE_COUNTY: 'County (two-tier)',
  UNITARY_AUTHORITY: 'Unitary',
  METROPOLITAN_DISTRICT: 'Metropolitan district',
  LONDON_BOROUGH: 'London borough',
  CITY_OF_LONDON: 'City of London',
  ISLES_OF_SCILLY: 'Isles of Scilly',
});

export const partnerSectors = vocabulary({
  COUNCIL: 'Council',
  DISTRICT_COUNCIL: 'District council',
  PRIMARY_CARE_TRUST: 'Primary Care Trust',
  POLICE: 'Police',
  FIRE_AND_RESCUE: 'Fire and rescue',
  VOLUNTARY_COMMUNITY_FAITH: 'Voluntary, community and faith sector',
  BUSINESS: 'Business',
  JOBCENTRE_PLUS: 'Jobcentre Plus',
  REGIONAL_BODY: 'Regional body',
});

/** People's roles: the access roles of tokens and the roles of the partners' people. A role recorded in words ("LSP chair") stays as written. */
export const roles = vocabulary({
  PARTNERSHIP_OFFICER: 'Partnership officer',
  COUNCILLOR: 'Councillor',
  PARTNER_ORGANISATION: 'Partner organisation',
  PARTNER_OFFICER: 'Partner officer',
  COUNCIL_SYSTEM: 'Council system',
  RELATIONSHIP_MANAGER: 'GO relationship manager',
  THEME_LEAD: 'GO theme lead',
  DEPUTY_REGIONAL_DIRECTOR: 'Deputy Regional Director',
  REGIONAL_DIRECTOR: 'Regional Director',
  GO_ANALYST: 'GO analyst',
  DEPARTMENT_ANALYST: 'Department analyst',
  DEPARTMENT_CONTACT: 'Department contact',
  MINISTER: 'Minister',
  NATIONAL_STRATEGIES_ADVISER: 'National Strategies adviser',
  DATA_STEWARD: 'CLG data steward',
});

export const pointStatuses = vocabulary({
  OPEN: 'Open',
  ESCALATED: 'Escalated',
  RESOLVED: 'Resolved',
  WITHDRAWN: 'Withdrawn',
});

export const milestoneStatuses = vocabulary({
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
});

/** How far a target's levels stretch against the area's trend. */
export const stretchJudgements = vocabulary({
  BELOW_TREND: 'Below trend',
  BEYOND_TREND: 'Beyond trend',
  IN_LINE_WITH_TREND: 'In line with trend',
  NO_TREND: 'No trend',
  POLARITY_UNKNOWN: 'Not judged (direction unknown)',
  LEVELS_NOT_SET: 'Levels not set',
});

/** Controlled refresh: the change asked for, where it stands, and who decides it. */
export const targetChanges = vocabulary({
  CHANGE_LEVELS: 'New levels for a target',
  ADD_DESIGNATED: 'Add a designated target',
  REMOVE_DESIGNATED: 'Remove a designated target',
});

export const targetChangeStatuses = vocabulary({
  REQUESTED: 'Requested',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  APPLIED: 'Applied',
});

export const approvers = vocabulary({
  GOVERNMENT_OFFICE: 'the Government Office',
  MINISTERS: 'Ministers',
});

export const directions = vocabulary({
  IMPROVING: 'Improving',
  PLATEAUED: 'Plateaued',
  SLIPPING: 'Slipping',
  NOT_ENOUGH_DATA: 'Not enough data for a trend',
  POLARITY_UNKNOWN: 'Moving, but the better direction is unknown',
});

/** The same directions in a word or two, for tables. */
export const directionsShort = vocabulary({
  IMPROVING: 'Improving',
  PLATEAUED: 'Plateaued',
  SLIPPING: 'Slipping',
  NOT_ENOUGH_DATA: 'No trend yet',
  POLARITY_UNKNOWN: 'Direction unknown',
});

export const baselineStatuses = vocabulary({
  RELIABLE: 'Reliable',
  PROVISIONAL: 'Provisional: expect a revision',
  PLACEHOLDER: 'Placeholder: no figure of record yet',
  DISPUTED: 'Disputed: the sources disagree on the latest year',
});

/** The same baseline statuses in a word, for tables. */
export const baselineStatusesShort = vocabulary({
  RELIABLE: 'Reliable',
  PROVISIONAL: 'Provisional',
  PLACEHOLDER: 'Placeholder',
  DISPUTED: 'Disputed',
});

export const polarities = vocabulary({
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
});

export const softEvidenceKinds = vocabulary({
  CONSULTATION: 'Consultation',
  RESIDENT_SURVEY: 'Resident survey',
  CITIZENS_PANEL: "Citizens' panel",
  INSPECTION_FINDING: 'Inspection finding',
  PARTNER_KNOWLEDGE: 'Partner knowledge',
  POLITICAL_AMBITION: 'Political ambition',
  EQUALITIES_IMPACT_ASSESSMENT: 'Equalities impact assessment',
  SUSTAINABILITY_APPRAISAL: 'Sustainability appraisal',
  JOINT_STRATEGIC_NEEDS_ASSESSMENT: 'Joint strategic needs assessment',
});

/** Why an import refused a row (the report shows the code too: it is what the rejected-rows file carries). */
export const rejectionReasons = vocabulary({
  MALFORMED_ROW: 'Malformed row',
  WRONG_COLUMN_COUNT: 'Wrong number of columns',
  MISSING_VALUE: 'Missing value',
  UNKNOWN_INDICATOR: 'Unknown indicator',
  UNKNOWN_AREA: 'Unknown area',
  BAD_PERIOD: 'Bad period',
  NOT_A_NUMBER: 'Not a number',
  BAD_DATE: 'Bad date',
  BAD_FLAG: 'Bad true/false flag',
  DUPLICATE: 'Duplicate row',
  OUTSIDE_CALLER_AREA: 'Outside your area',
  LOCAL_INDICATOR_OF_ANOTHER_AREA: "Another area's local indicator",
  CONFLICTS_WITH_LOADED_RELEASE: 'Conflicts with a loaded release',
  OLDER_THAN_LOADED_RELEASE: 'Older than the loaded release',
});
