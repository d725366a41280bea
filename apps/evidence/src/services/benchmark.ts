import { Polarity } from '@laa/domain';
import { usableFigure } from '../rules/figure-bounds';

export const BENCHMARK_RULE =
  "Averages are unweighted means of the areas' figures of record for the period (region: the areas of the same " +
  "Government Office region; England: every area with a figure; similar areas: the area's nearest neighbours " +
  "that have a figure). Rank 1 is the best figure given the indicator's polarity; tied figures share a rank. " +
  'Quartile from the percent rank p = (rank − 1) ÷ (areas ranked − 1), 0 for the best and 1 for the worst: ' +
  'quartile = min(4, floor(4p) + 1), so 1 is the best quarter and a lone area is in it. With no known polarity there is no rank. ' +
  'Figures that are not finite or beyond ±1,000,000,000 (stored before imports refused them) are left out.';

export interface AreaFigure {
  areaCode: string;
  region: string;
  value: number;
}

export interface BenchmarkFigures {
  value: number | null;
  regionAverage: number | null;
  englandAverage: number | null;
  similarAreasAverage: number | null;
  rank: number | null;
  areasRanked: number;
  quartile: number | null;
}

/** Compares one area's figure with its region, England and its similar areas, from the figures of one period. */
export function benchmarkOf(
  areaCode: string,
  allFigures: AreaFigure[],
  neighbours: string[],
  polarity: Polarity | null,
): BenchmarkFigures {
  const figures = allFigures.filter((f) => usableFigure(f.value));
  const own = figures.find((f) => f.areaCode === areaCode) ?? null;
  const region = own?.region ?? null;
  const neighbourSet = new Set(neighbours);
  const base = {
    value: own?.value ?? null,
    regionAverage: region ? mean(figures.filter((f) => f.region === region)) : null,
    englandAverage: mean(figures),
    similarAreasAverage: mean(figures.filter((f) => neighbourSet.has(f.areaCode))),
    areasRanked: figures.length,
  };
  if (!own || polarity === null) return { ...base, rank: null, quartile: null };
  const better = (f: AreaFigure) =>
    polarity === Polarity.HIGHER_IS_BETTER ? f.value > own.value : f.value < own.value;
  const rank = figures.filter(better).length + 1;
  return { ...base, rank, quartile: quartileOf(rank, figures.length) };
}

/** The quarter of the ranked areas a rank falls in, from its percent rank (0 the best, 1 the worst). */
export function quartileOf(rank: number, ranked: number): number {
  if (ranked <= 1) return 1;
  return Math.min(4, Math.floor((4 * (rank - 1)) / (ranked - 1)) + 1);
}

function mean(figures: AreaFigure[]): number | null {
  if (figures.length === 0) return null;
  return Math.round((figures.reduce((s, f) => s + f.value, 0) / figures.length) * 1000) / 1000;
}
