/**
 * How large a figure may be. The reference data gives no units, so the unit class is read from the indicator's
 * title (INFERRED, as the messages say); an indicator whose title tells nothing keeps the generous bound only.
 * Every figure, whatever its unit, is finite and within ±FIGURE_BOUND: far beyond any real indicator, and small
 * enough that sums and squares over every area of England stay exact enough in double precision (the column's type).
 */
export const FIGURE_BOUND = 1e9;

export enum UnitClass {
  PERCENTAGE = 'PERCENTAGE',
  RATE = 'RATE',
  COUNT = 'COUNT',
  DURATION = 'DURATION',
  UNKNOWN = 'UNKNOWN',
}

interface UnitRange {
  min: number;
  max: number;
  words: string;
}

const RANGES: Record<UnitClass, UnitRange> = {
  [UnitClass.PERCENTAGE]: { min: 0, max: 100, words: 'a percentage (0 to 100)' },
  [UnitClass.RATE]: { min: 0, max: FIGURE_BOUND, words: 'a rate (0 to 1,000,000,000)' },
  [UnitClass.COUNT]: { min: 0, max: FIGURE_BOUND, words: 'a count (0 to 1,000,000,000)' },
  [UnitClass.DURATION]: { min: 0, max: FIGURE_BOUND, words: 'a time (0 to 1,000,000,000)' },
  [UnitClass.UNKNOWN]: { min: -FIGURE_BOUND, max: FIGURE_BOUND, words: 'unknown, so within ±1,000,000,000' },
};

/** A change, a gap or a reduction can fall below zero or pass 100 whatever it measures. */
const SIGNED = /% reduction|reduction in|\bgap\b|% change|change in|\bnet\b/i;
const PERCENTAGE = /^%|\s%\s|\bpercentage of\b|\bproportion of\b/i;
const RATE = /\brates?\b|\bper (1,?000|10,?000|100,?000|head|household)\b/i;
const COUNT = /^(the )?number of\b/i;
const DURATION = /\btime taken\b|\bjourney time\b|\blife expectancy\b/i;

/** The unit class an indicator's title supports (inferred: the reference data gives no units). */
export function unitClassOf(title: string | null): UnitClass {
  const text = title ?? '';
  if (SIGNED.test(text)) return UnitClass.UNKNOWN;
  if (PERCENTAGE.test(text)) return UnitClass.PERCENTAGE;
  if (RATE.test(text)) return UnitClass.RATE;
  if (COUNT.test(text)) return UnitClass.COUNT;
  if (DURATION.test(text)) return UnitClass.DURATION;
  return UnitClass.UNKNOWN;
}

/** Null when the figure is plausible for its unit; else why not, in words for the rejected row. */
export function outOfRange(value: number, unit: UnitClass): string | null {
  const range = RANGES[unit];
  if (Number.isFinite(value) && value >= range.min && value <= range.max) return null;
  const inferred =
    unit === UnitClass.UNKNOWN ? "the indicator's unit is" : "the indicator's unit, inferred from its title, is";
  return `is outside the plausible range: ${inferred} ${range.words}`;
}

/** True for a figure the derived computations (similar areas, averages, trends) may use: finite and within the bound. */
export const usableFigure = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= FIGURE_BOUND;
