/** How the evidence pages put the API's figures and codes into words. */

export type ReferenceStatus = 'SOURCED' | 'INFERRED' | 'UNVERIFIED' | 'MISSING';
export type Direction = 'IMPROVING' | 'PLATEAUED' | 'SLIPPING' | 'NOT_ENOUGH_DATA' | 'POLARITY_UNKNOWN';
export type BaselineStatus = 'RELIABLE' | 'PROVISIONAL' | 'PLACEHOLDER' | 'DISPUTED';

export const THEMES: [string, string][] = [
  ['CHILDREN_AND_YOUNG_PEOPLE', 'Children and Young People'],
  ['SAFER_AND_STRONGER_COMMUNITIES', 'Safer and Stronger Communities'],
  ['HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE', 'Healthier Communities and Older People'],
  ['ECONOMIC_DEVELOPMENT_AND_ENVIRONMENT', 'Economic Development and the Environment'],
];

export const themeLabel = (theme: string): string => THEMES.find(([code]) => code === theme)?.[1] ?? theme;

/** A figure as people read it: up to three decimals, thousands separated; a dash for none. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return value.toLocaleString('en-GB', { maximumFractionDigits: 3 });
}

/** Reads back a figure shown by formatValue (for comparing what a page shows with the API). */
export const parseShownValue = (text: string): number => Number(text.replace(/,/g, '').trim());

/** A change a year, signed: "+0.22 a year". */
export function formatSlope(slope: number | null): string {
  if (slope === null) return '–';
  return `${slope > 0 ? '+' : slope < 0 ? '−' : ''}${formatValue(Math.abs(slope))} a year`;
}

/** A share a year: 0.0072 is "+0.72% a year". */
export function formatRelativeChange(relative: number | null): string {
  if (relative === null) return '–';
  const percent = Math.round(relative * 10000) / 100;
  return `${percent > 0 ? '+' : percent < 0 ? '−' : ''}${formatValue(Math.abs(percent))}% a year`;
}

const DIRECTIONS: Record<Direction, string> = {
  IMPROVING: 'Improving',
  PLATEAUED: 'Plateaued',
  SLIPPING: 'Slipping',
  NOT_ENOUGH_DATA: 'Not enough data for a trend',
  POLARITY_UNKNOWN: 'Moving, but the better direction is unknown',
};

const SHORT_DIRECTIONS: Record<Direction, string> = {
  IMPROVING: 'Improving',
  PLATEAUED: 'Plateaued',
  SLIPPING: 'Slipping',
  NOT_ENOUGH_DATA: 'No trend yet',
  POLARITY_UNKNOWN: 'Direction unknown',
};

export const directionLabel = (direction: string, short = false): string => (short ? SHORT_DIRECTIONS : DIRECTIONS)[direction as Direction] ?? direction;

/** Tone of a direction for its flag (the words carry the meaning; colour only repeats it). */
export function directionTone(direction: string): 'ok' | 'warning' | 'neutral' {
  if (direction === 'IMPROVING') return 'ok';
  if (direction === 'SLIPPING') return 'warning';
  return 'neutral';
}

const ORDINALS = ['1st', '2nd', '3rd', '4th'];

/** Quartile 1 is the best quarter of areas, 4 the worst. */
export function quartileLabel(quartile: number | null): string {
  if (quartile === null) return 'No quartile (the better direction is unknown or there is no figure)';
  const ordinal = ORDINALS[quartile - 1] ?? `${quartile}th`;
  if (quartile === 1) return `${ordinal} quartile (best quarter of areas)`;
  if (quartile === 4) return `${ordinal} quartile (worst quarter of areas)`;
  return `${ordinal} quartile`;
}

export function rankLabel(rank: number | null, areasRanked: number): string {
  if (rank === null) return `Not ranked (${areasRanked} areas have a figure)`;
  return `${rank} of ${areasRanked} areas (1 = best)`;
}

/** What a reference value's status asks of the reader; nothing for SOURCED. */
export function referenceMark(status: string): string | null {
  if (status === 'SOURCED') return null;
  if (status === 'INFERRED') return 'inferred';
  if (status === 'UNVERIFIED') return 'unverified';
  if (status === 'MISSING') return 'missing';
  return status.toLowerCase();
}

const BASELINES: Record<BaselineStatus, string> = {
  RELIABLE: 'Reliable',
  PROVISIONAL: 'Provisional: expect a revision',
  PLACEHOLDER: 'Placeholder: no figure of record yet',
  DISPUTED: 'Disputed: the sources disagree on the latest year',
};

export const baselineLabel = (status: string, short = false): string => (short ? status.charAt(0) + status.slice(1).toLowerCase() : BASELINES[status as BaselineStatus] ?? status);

export const polarityLabel = (polarity: string | null): string =>
  polarity === 'HIGHER_IS_BETTER' ? 'Higher is better' : polarity === 'LOWER_IS_BETTER' ? 'Lower is better' : 'Better direction unknown';

const REJECTIONS: Record<string, string> = {
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
};

export const rejectionLabel = (reason: string): string => REJECTIONS[reason] ?? reason;

const SOFT_KINDS: [string, string][] = [
  ['CONSULTATION', 'Consultation'],
  ['RESIDENT_SURVEY', 'Resident survey'],
  ['CITIZENS_PANEL', "Citizens' panel"],
  ['INSPECTION_FINDING', 'Inspection finding'],
  ['PARTNER_KNOWLEDGE', 'Partner knowledge'],
  ['POLITICAL_AMBITION', 'Political ambition'],
];
export const SOFT_EVIDENCE_KINDS = SOFT_KINDS;
export const softKindLabel = (kind: string): string => SOFT_KINDS.find(([code]) => code === kind)?.[1] ?? kind;

/** The year a period starts: 2007/08 and 2007 both start in 2007. */
export function startYearOf(period: string): number | null {
  const match = /^(\d{4})/.exec(period);
  return match ? Number(match[1]) : null;
}

/** A date-time as a short date (the API's ISO strings). */
export const shortDate = (iso: string): string => iso.slice(0, 10);

/** Codes typed into a field, separated by commas or spaces: "NI 116, NI39" gives NI116 and NI39. */
export function codesOf(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((code) => code.replace(/\s+/g, '').toUpperCase())
    .filter(Boolean);
}
