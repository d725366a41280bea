/** How the evidence pages put the API's figures into words (the codes' words are in ../labels). */
import { baselineStatuses, directions } from '../labels';

export type ReferenceStatus = 'SOURCED' | 'INFERRED' | 'UNVERIFIED' | 'MISSING';
export type Direction = (typeof directions.codes)[number];
export type BaselineStatus = (typeof baselineStatuses.codes)[number];

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

/** The year a period starts: 2007/08 and 2007 both start in 2007. */
export function startYearOf(period: string): number | null {
  const match = /^(\d{4})/.exec(period);
  return match ? Number(match[1]) : null;
}

/** A date-time as a short date (the API's ISO strings). */
export { formatDate as shortDate } from '../dates';

/** Codes typed into a field, separated by commas or spaces: "NI 116, NI39" gives NI116 and NI39. */
export function codesOf(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((code) => code.replace(/\s+/g, '').toUpperCase())
    .filter(Boolean);
}
