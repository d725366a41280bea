/**
 * Criteria a priority outcome is tested against, as the source describes them
 * (Negotiating New Local Area Agreements, CLG 2007): Sheffield LSP's four ("To be considered a
 * priority, an issue will have to meet at least one") and Government Office for the South East's
 * nine "criteria for selection" (dry run, Windsor and Maidenhead).
 */
export enum PriorityCriterion {
  SHEFFIELD_LOCAL_PEOPLE = 'SHEFFIELD_LOCAL_PEOPLE',
  SHEFFIELD_CITY_STRATEGY = 'SHEFFIELD_CITY_STRATEGY',
  SHEFFIELD_SERVICE_IMPROVEMENT = 'SHEFFIELD_SERVICE_IMPROVEMENT',
  SHEFFIELD_CENTRAL_GOVERNMENT = 'SHEFFIELD_CENTRAL_GOVERNMENT',
  GOSE_LINKS_TO_SCS = 'GOSE_LINKS_TO_SCS',
  GOSE_QUALITY_OF_LIFE = 'GOSE_QUALITY_OF_LIFE',
  GOSE_MORE_THAN_ONE_PARTNER = 'GOSE_MORE_THAN_ONE_PARTNER',
  GOSE_SYNERGY_ACROSS_THEMES = 'GOSE_SYNERGY_ACROSS_THEMES',
  GOSE_VALUE_FOR_MONEY = 'GOSE_VALUE_FOR_MONEY',
  GOSE_RISK_IF_LEFT_OUT = 'GOSE_RISK_IF_LEFT_OUT',
  GOSE_LOCALLY_DISTINCTIVE = 'GOSE_LOCALLY_DISTINCTIVE',
  GOSE_ROBUST_DATA = 'GOSE_ROBUST_DATA',
  GOSE_RIGHT_SPATIAL_LEVEL = 'GOSE_RIGHT_SPATIAL_LEVEL',
}

/** The criteria's wording, quoted from the source. */
export const PRIORITY_CRITERIA: Record<PriorityCriterion, string> = {
  SHEFFIELD_LOCAL_PEOPLE: 'Local people see the issue as a priority',
  SHEFFIELD_CITY_STRATEGY: 'The City Strategy deems the issue vital to the future progress of the city',
  SHEFFIELD_SERVICE_IMPROVEMENT: 'The improvement of the service is a priority',
  SHEFFIELD_CENTRAL_GOVERNMENT: 'Central Government sees the issue as a priority for the place',
  GOSE_LINKS_TO_SCS: 'Link clearly to the Sustainable Community Strategy',
  GOSE_QUALITY_OF_LIFE: 'Bring about an improvement in the quality of life for local people',
  GOSE_MORE_THAN_ONE_PARTNER: 'The delivery and or benefit involve more than one partner',
  GOSE_SYNERGY_ACROSS_THEMES: 'Offer synergy and linkages across the four themes',
  GOSE_VALUE_FOR_MONEY: 'Offer value for money',
  GOSE_RISK_IF_LEFT_OUT: 'Would pose a significant risk if not included',
  GOSE_LOCALLY_DISTINCTIVE: 'Be locally distinctive',
  GOSE_ROBUST_DATA: 'Be supported by robust data sets',
  GOSE_RIGHT_SPATIAL_LEVEL: 'Be addressed at the appropriate spatial level',
};

export const PRIORITY_CRITERIA_SOURCE =
  'Negotiating New Local Area Agreements (CLG, September 2007): "Sheffield\'s approach" and "Dry Run: Royal Borough of Windsor and Maidenhead" (GO South East)';

/** Sheffield's test: a priority must meet at least one of its four criteria. */
export const SHEFFIELD_CRITERIA = Object.values(PriorityCriterion).filter((c) => c.startsWith('SHEFFIELD_'));
