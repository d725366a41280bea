/**
 * How long the API's lists are, from the reference data and the LAA rules: the cost model multiplies what is
 * selected inside a list by its size, so an operation's estimated cost follows the rows it makes the region read.
 * operation-limits.test.ts checks the counts against the reference data.
 */
export const REFERENCE_COUNTS = {
  /** Upper-tier areas of the largest region (London's 33 of England's 150): one estimate serves every region. */
  areasInRegion: 33,
  areasInEngland: 150,
  /** Lower-tier districts of the largest county. */
  districtsInArea: 14,
  /** The national indicator set (199 in 2008) with room for areas' local indicators. */
  indicators: 250,
  /** Years of figures per indicator and area (financial years from the late 1990s to the agreement's end). */
  periods: 15,
  /** Targets of one agreement: up to 35 designated, 16 statutory DCSF (education and early years), local ones. */
  targetsPerAgreement: 60,
} as const;

const { areasInRegion, areasInEngland, districtsInArea, indicators, periods, targetsPerAgreement } = REFERENCE_COUNTS;

/** Any list not named below (a target's partners, an agreement's milestones, a story's claims). */
export const DEFAULT_LIST_SIZE = 10;

/** Expected size of each sizeable list field, by `Type.field`. */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.areas': areasInRegion,
  'Region.areas': areasInRegion,
  'Query.signOffStages': areasInRegion,
  'Query.departments': 12,
  'CentralDepartment.priorityPlaces': areasInRegion,
  'Query.indicatorAcrossEngland': areasInEngland,
  'Query.indicators': indicators,
  'Area.evidenceProfile': indicators,
  'Area.observations': indicators * periods,
  'Area.districts': districtsInArea,
  'Area.people': 40,
  'Region.people': areasInRegion * 10,
  'Partnership.members': 30,
  'IndicatorEvidence.series': periods,
  'TargetStretch.years': periods,
  /** A second source disagrees on a few figures per area. */
  'Query.rivalFigures': areasInRegion * 3,
  'Query.observationImports': 100,
  'Query.apiCredentials': areasInRegion * 3,
  'Agreement.targets': targetsPerAgreement,
  'Agreement.sharedTargets': targetsPerAgreement,
  /** A partner leads or contributes to a share of its area's targets. */
  'PartnershipMember.commitments': 20,
  'SignedVersion.targets': targetsPerAgreement,
  'Agreement.history': 50,
  'SignOff.history': 30,
};

/** The expected size of a list field (1 for `_entities`: the gateway costed the representations it sends). */
export function listSize(typeName: string, fieldName: string): number {
  if (fieldName === '_entities') return 1;
  return LIST_SIZES[`${typeName}.${fieldName}`] ?? DEFAULT_LIST_SIZE;
}
