import { manyByKey, oneByKey } from '@laa/subgraph';
import { StoredBenchmark, StoredTrend } from '../services/derived-evidence';
import { DatedFigure } from '../services/figures-of-record';
import { EvidenceContext } from './context';

const key = (a: string, b: string) => `${a}|${b}`;
const split = (k: string) => k.split('|') as [string, string];

/** The figures Target.stretch reads, batched per request over every target asked for (two statements each). */
export const stretchLoaders = ({ loaders, services }: EvidenceContext) => ({
  /** One area's series of one indicator, keyed "area|indicator". */
  series: loaders.loader<string, DatedFigure[]>('stretchSeries', async (keys) => {
    const figures = await services.stretchFigures.seriesOf(
      keys.map((k) => ({ areaCode: split(k)[0], indicatorCode: split(k)[1] })),
    );
    return manyByKey(keys, figures, (f) => key(f.areaCode, f.indicatorCode));
  }),
  /** Every area's figure of one indicator for one period, keyed "indicator|period". */
  england: loaders.loader<string, DatedFigure[]>('stretchEngland', async (keys) => {
    const figures = await services.stretchFigures.englandAt(
      keys.map((k) => ({ indicatorCode: split(k)[0], period: split(k)[1] })),
    );
    return manyByKey(keys, figures, (f) => key(f.indicatorCode, f.period));
  }),
});

export const seriesKey = key;

/** Trends and benchmarks derived when the figures changed, batched per request; a key with no current row is computed on the fly. */
export const derivedLoaders = ({ loaders, services }: EvidenceContext) => ({
  /** Keyed "area|indicator". */
  trend: loaders.loader<string, StoredTrend | null>('derivedTrend', async (keys) => {
    const rows = await services.derived.trends(
      keys.map((k) => ({ areaCode: split(k)[0], indicatorCode: split(k)[1] })),
    );
    return oneByKey(keys, rows, (t) => key(t.areaCode, t.indicatorCode));
  }),
  /** Keyed "area|indicator|period". */
  benchmark: loaders.loader<string, StoredBenchmark | null>('derivedBenchmark', async (keys) => {
    const wanted = keys.map((k) => k.split('|') as [string, string, string]);
    const rows = await services.derived.benchmarks(
      wanted.map(([areaCode, indicatorCode, period]) => ({ areaCode, indicatorCode, period })),
    );
    return oneByKey(keys, rows, (b) => `${b.areaCode}|${b.indicatorCode}|${b.period}`);
  }),
});

export const benchmarkKey = (areaCode: string, indicatorCode: string, period: string) =>
  `${areaCode}|${indicatorCode}|${period}`;
