import { Polarity } from '@laa/domain';
import { usableFigure } from '../rules/figure-bounds';
import { AGREEMENT_YEARS } from './periods';

export enum DirectionOfTravel {
  IMPROVING = 'IMPROVING',
  PLATEAUED = 'PLATEAUED',
  SLIPPING = 'SLIPPING',
  NOT_ENOUGH_DATA = 'NOT_ENOUGH_DATA',
  POLARITY_UNKNOWN = 'POLARITY_UNKNOWN',
}

/** How many of the latest periods the direction and the projection are fitted on. */
export const TREND_WINDOW = 4;
/** Below this change a year, relative to the level, a series has plateaued. */
export const PLATEAU_THRESHOLD = 0.01;

export const DIRECTION_RULE =
  `A least-squares line through the latest ${TREND_WINDOW} periods of record (x = the year each period starts). ` +
  `If the line moves by less than ${PLATEAU_THRESHOLD * 100}% of the mean level a year the series has plateaued; ` +
  "otherwise it is improving when it moves in the indicator's better direction, slipping when not. " +
  'The projection extends the same line over the agreement years 2008/09 to 2010/11. ' +
  'Rival figures with no figure of record chosen are left out, and so are figures that are not finite or beyond ' +
  '±1,000,000,000 (stored before imports refused them).';

export interface TrendPoint {
  startYear: number;
  value: number;
}

export interface Trend {
  direction: DirectionOfTravel;
  /** Change a year of the fitted line; null with fewer than two points. */
  slopePerYear: number | null;
  /** The slope as a share of the mean level. */
  relativeChangePerYear: number | null;
  projection: { period: string; value: number }[];
  pointsUsed: number;
}

export function trendOf(points: TrendPoint[], polarity: Polarity | null): Trend {
  const used = points
    .filter((p) => usableFigure(p.value))
    .sort((a, b) => a.startYear - b.startYear)
    .slice(-TREND_WINDOW);
  const notEnough = {
    direction: DirectionOfTravel.NOT_ENOUGH_DATA,
    slopePerYear: null,
    relativeChangePerYear: null,
    projection: [],
    pointsUsed: used.length,
  };
  if (used.length < 2 || new Set(used.map((p) => p.startYear)).size < 2) return notEnough;
  const { slope, intercept, mean } = leastSquares(used);
  const relative = mean === 0 ? slope : slope / Math.abs(mean);
  if (![slope, intercept, relative].every(Number.isFinite)) return notEnough;
  const projection = AGREEMENT_YEARS.map((year) => ({
    period: year.label,
    value: round(intercept + slope * year.startYear),
  }));
  return {
    direction: direction(relative, polarity),
    slopePerYear: round(slope),
    relativeChangePerYear: round(relative, 4),
    projection,
    pointsUsed: used.length,
  };
}

function direction(relative: number, polarity: Polarity | null): DirectionOfTravel {
  if (Math.abs(relative) < PLATEAU_THRESHOLD) return DirectionOfTravel.PLATEAUED;
  if (polarity === null) return DirectionOfTravel.POLARITY_UNKNOWN;
  const better = polarity === Polarity.HIGHER_IS_BETTER ? relative > 0 : relative < 0;
  return better ? DirectionOfTravel.IMPROVING : DirectionOfTravel.SLIPPING;
}

function leastSquares(points: TrendPoint[]) {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.startYear, 0) / n;
  const mean = points.reduce((s, p) => s + p.value, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.startYear - meanX) * (p.value - mean), 0);
  const sxx = points.reduce((s, p) => s + (p.startYear - meanX) ** 2, 0);
  const slope = sxy / sxx;
  return { slope, intercept: mean - slope * meanX, mean };
}

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
