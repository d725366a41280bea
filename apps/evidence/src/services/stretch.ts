import { IntendedDirection, Polarity, polarityOfDirection } from '@laa/domain';
import { usableFigure } from '../rules/figure-bounds';
import { AreaFigure, BenchmarkFigures, benchmarkOf } from './benchmark';
import { AGREEMENT_YEARS } from './periods';
import { DirectionOfTravel, Trend, trendOf } from './trend';

export enum StretchJudgement {
  BEYOND_TREND = 'BEYOND_TREND',
  IN_LINE_WITH_TREND = 'IN_LINE_WITH_TREND',
  BELOW_TREND = 'BELOW_TREND',
  NO_TREND = 'NO_TREND',
  POLARITY_UNKNOWN = 'POLARITY_UNKNOWN',
  LEVELS_NOT_SET = 'LEVELS_NOT_SET',
}

export const STRETCH_RULE =
  "Each year's level is set against the area's own trend projection for that year (see Trend.rule): a level worse than " +
  "the projection, in the indicator's better direction, is below trend, and a target with any year below trend is BELOW_TREND; " +
  'with no year below and year 3 (or the last year set) better than its projection it is BEYOND_TREND, else IN_LINE_WITH_TREND. ' +
  "Where the reference data lacks the indicator's better direction (it lacks most polarities) the levels are judged on the direction " +
  'stated with the target (Target.intendedDirection; directionStated says so); with neither, they are not judged (POLARITY_UNKNOWN). ' +
  'The comparison sets the last level against the latest figures of England (average and top quartile: the best quarter of areas, ' +
  "whose worst figure is the threshold) and of the area's similar areas, on the benchmark period: the target's baseline period where " +
  "the evidence has it, else the latest period of record. The area already performs strongly when it is in England's top quartile on " +
  'that period and its trend is not slipping; a designated target there with no local reason is flagged (strongPerformerWithoutLocalReason), ' +
  'since "the GOs should not presume the LAA should have a target unless it is something that the local partnership wishes to include". ' +
  "Statutory targets are required and local targets are the partnership's own choice, so neither is flagged.";

/** A target's own values, and the evidence it is judged against: the area's series and England's figures of one period. */
export interface StretchFacts {
  areaCode: string;
  kind: string;
  levels: (number | null)[];
  localReason: string | null;
  polarity: Polarity | null;
  /** True when `polarity` is the direction stated with the target, not the indicator's (see judgedPolarity). */
  directionStated: boolean;
  /** The area's usable figures of record for the indicator (values of record only). */
  series: { period: string; startYear: number; value: number }[];
  /** See benchmarkPeriodOf; null when the area has no figure. */
  benchmarkPeriod: string | null;
  /** Every area's usable figure of the benchmark period, with its region. */
  england: AreaFigure[];
  neighbours: string[];
}

/** The better direction a target is judged in: the indicator's polarity where known, else the one stated with the target. */
export function judgedPolarity(
  indicatorPolarity: Polarity | null,
  stated: IntendedDirection | null,
): { polarity: Polarity | null; directionStated: boolean } {
  if (indicatorPolarity) return { polarity: indicatorPolarity, directionStated: false };
  return stated
    ? { polarity: polarityOfDirection(stated), directionStated: true }
    : { polarity: null, directionStated: false };
}

/** The period a target is benchmarked on: its baseline period where the area has a figure for it, else the area's latest. */
export function benchmarkPeriodOf(
  series: { period: string; startYear: number }[],
  baselinePeriod: string | null,
): string | null {
  if (series.some((f) => f.period === baselinePeriod)) return baselinePeriod;
  return [...series].sort((a, b) => a.startYear - b.startYear).at(-1)?.period ?? null;
}

export interface StretchYearFigures {
  period: string;
  level: number | null;
  projected: number | null;
  /** How far the level is better than the projection (negative: worse); null where either is missing or the polarity unknown. */
  beyondTrend: number | null;
  belowTrend: boolean | null;
}

export interface StretchComparisonFigures {
  period: string;
  level: number | null;
  englandAverage: number | null;
  similarAreasAverage: number | null;
  topQuartileThreshold: number | null;
  beatsEnglandAverage: boolean | null;
  beatsSimilarAreas: boolean | null;
  reachesTopQuartile: boolean | null;
}

export interface StretchFigures {
  judgement: StretchJudgement;
  belowTrend: boolean;
  trend: Trend;
  years: StretchYearFigures[];
  benchmark: BenchmarkFigures | null;
  comparison: StretchComparisonFigures | null;
  strongPerformer: boolean;
  strongPerformerWithoutLocalReason: boolean;
  directionStated: boolean;
  summary: string;
}

/**
 * A target's baseline against the area's figure of record for the same period ("one shared data set"): they agree to
 * rounding (0.05, or 0.5% of the figure) or the baseline is flagged; no verdict where the evidence has no figure.
 */
export function baselineCheckOf(
  baseline: { period: string; value: number },
  series: { period: string; value: number | null }[],
) {
  const evidenceValue = series.find((f) => f.period === baseline.period)?.value ?? null;
  const tolerance = evidenceValue === null ? 0 : Math.max(0.05, Math.abs(evidenceValue) * 0.005);
  const matchesEvidence = evidenceValue === null ? null : Math.abs(baseline.value - evidenceValue) <= tolerance;
  return { period: baseline.period, targetValue: baseline.value, evidenceValue, matchesEvidence };
}

/** A target's facts with England's figures already compared: the benchmark and top-quartile threshold derived once. */
export type JudgedFacts = Omit<StretchFacts, 'england' | 'neighbours'> & {
  /** The area's benchmark on benchmarkPeriod (benchmarkOf); null when there is no benchmark period. */
  benchmark: BenchmarkFigures | null;
  topQuartileThreshold: number | null;
};

/** How ambitious a target is: against the area's own trend, England, its top quartile and similar areas. */
export function stretchOf(facts: StretchFacts): StretchFigures {
  const sign = signOf(facts.polarity);
  const benchmark = facts.benchmarkPeriod
    ? benchmarkOf(facts.areaCode, facts.england, facts.neighbours, facts.polarity)
    : null;
  const threshold = topQuartileThreshold(facts.england.map((f) => f.value).filter(usableFigure), sign);
  return stretchAgainst({ ...facts, benchmark, topQuartileThreshold: threshold });
}

const signOf = (polarity: Polarity | null) =>
  polarity === null ? null : polarity === Polarity.HIGHER_IS_BETTER ? 1 : -1;

/** stretchOf, given the benchmark and England's top-quartile threshold on the benchmark period (derived or computed). */
export function stretchAgainst(facts: JudgedFacts): StretchFigures {
  const own = [...facts.series].sort((a, b) => a.startYear - b.startYear);
  const trend = trendOf(
    own.map((f) => ({ startYear: f.startYear, value: f.value })),
    facts.polarity,
  );
  const sign = signOf(facts.polarity);
  const years = AGREEMENT_YEARS.map((year, i) =>
    againstTrend(year.label, facts.levels[i] ?? null, trend.projection[i]?.value ?? null, sign),
  );
  const { benchmarkPeriod, benchmark } = facts;
  const lastLevel = [...facts.levels].reverse().find((l): l is number => l !== null && l !== undefined) ?? null;
  const comparison =
    benchmarkPeriod && benchmark
      ? compare(benchmarkPeriod, lastLevel, benchmark, facts.topQuartileThreshold, sign)
      : null;
  const strongPerformer = benchmark?.quartile === 1 && trend.direction !== DirectionOfTravel.SLIPPING;
  const flagged = strongPerformer && facts.kind === 'DESIGNATED' && !facts.localReason?.trim();
  const judgement = judge(years, trend, sign);
  const summary = [
    summaryOf(judgement, years, trend, facts.polarity, facts.directionStated),
    flagged ? strongWords(benchmarkPeriod) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    judgement,
    belowTrend: judgement === StretchJudgement.BELOW_TREND,
    trend,
    years,
    benchmark,
    comparison,
    strongPerformer,
    strongPerformerWithoutLocalReason: flagged,
    directionStated: facts.directionStated,
    summary,
  };
}

function againstTrend(
  period: string,
  level: number | null,
  projected: number | null,
  sign: number | null,
): StretchYearFigures {
  if (level === null || projected === null || sign === null)
    return { period, level, projected, beyondTrend: null, belowTrend: null };
  const beyondTrend = round((level - projected) * sign);
  return { period, level, projected, beyondTrend, belowTrend: beyondTrend < 0 };
}

function compare(
  period: string,
  level: number | null,
  benchmark: BenchmarkFigures,
  threshold: number | null,
  sign: number | null,
): StretchComparisonFigures {
  const beats = (other: number | null, orEqual = false) =>
    level === null || other === null || sign === null
      ? null
      : orEqual
        ? (level - other) * sign >= 0
        : (level - other) * sign > 0;
  return {
    period,
    level,
    englandAverage: benchmark.englandAverage,
    similarAreasAverage: benchmark.similarAreasAverage,
    topQuartileThreshold: threshold,
    beatsEnglandAverage: beats(benchmark.englandAverage),
    beatsSimilarAreas: beats(benchmark.similarAreasAverage),
    reachesTopQuartile: beats(threshold, true),
  };
}

/**
 * The worst figure still in England's top quartile: with n areas ranked, quartile 1 is rank <= ceil((n - 1) / 4)
 * (quartileOf, Benchmark.rule), so that many-th best figure. Null without a polarity or under four areas.
 */
export function topQuartileThreshold(values: number[], sign: number | null): number | null {
  if (sign === null || values.length < 4) return null;
  return [...values].sort((a, b) => (b - a) * sign)[Math.ceil((values.length - 1) / 4) - 1];
}

function judge(years: StretchYearFigures[], trend: Trend, sign: number | null): StretchJudgement {
  const set = years.filter((y) => y.level !== null);
  if (set.length === 0) return StretchJudgement.LEVELS_NOT_SET;
  if (trend.projection.length === 0) return StretchJudgement.NO_TREND;
  if (sign === null) return StretchJudgement.POLARITY_UNKNOWN;
  if (set.some((y) => y.belowTrend)) return StretchJudgement.BELOW_TREND;
  return (set.at(-1)!.beyondTrend ?? 0) > 0 ? StretchJudgement.BEYOND_TREND : StretchJudgement.IN_LINE_WITH_TREND;
}

const POLARITY_WORDS: Record<Polarity, string> = {
  HIGHER_IS_BETTER: 'higher is better',
  LOWER_IS_BETTER: 'lower is better',
};

function summaryOf(
  judgement: StretchJudgement,
  years: StretchYearFigures[],
  trend: Trend,
  polarity: Polarity | null,
  stated: boolean,
): string {
  const words = polarity ? `${POLARITY_WORDS[polarity]}${stated ? ', as stated with the target' : ''}` : '';
  const list = (ys: StretchYearFigures[]) => ys.map((y) => `${y.period} ${y.level} against ${y.projected}`).join(', ');
  switch (judgement) {
    case StretchJudgement.LEVELS_NOT_SET:
      return 'No levels set yet.';
    case StretchJudgement.NO_TREND:
      return `No trend to judge against: the evidence has ${trend.pointsUsed} period${trend.pointsUsed === 1 ? '' : 's'} of record for this indicator here.`;
    case StretchJudgement.POLARITY_UNKNOWN:
      return `Not judged: the indicator's better direction is not in the reference data and none is stated with the target (trend projects ${trend.projection.at(-1)?.value} for ${trend.projection.at(-1)?.period}).`;
    case StretchJudgement.BELOW_TREND:
      return `Below trend (${words}): ${list(years.filter((y) => y.belowTrend))} projected.`;
    case StretchJudgement.BEYOND_TREND:
      return `Beyond trend (${words}): ${list(years.filter((y) => y.level !== null))} projected.`;
    default:
      return `In line with the trend (${words}): ${list(years.filter((y) => y.level !== null))} projected.`;
  }
}

const strongWords = (period: string | null) =>
  `Already performs strongly (England's top quartile in ${period}, not slipping): a designated target here needs a local reason.`;

const round = (value: number) => Math.round(value * 1000) / 1000;
