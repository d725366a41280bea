import { manyByKey } from '@laa/subgraph';
import { DatedFigure } from '../services/figures-of-record';
import { EvidenceContext } from './context';

const key = (a: string, b: string) => `${a}|${b}`;
const split = (k: string) => k.split('|') as [string, string];

/** The figures Target.stretch reads, batched per request over every target asked for (two statements each). */
export const stretchLoaders = ({ loaders, services }: EvidenceContext) => ({
  /** One area's series of one indicator, keyed "area|indicator". */
  series: loaders.loader<string, DatedFigure[]>('stretchSeries', async (keys) => {
    const figures = await services.stretchFigures.seriesOf(keys.map((k) => ({ areaCode: split(k)[0], indicatorCode: split(k)[1] })));
    return manyByKey(keys, figures, (f) => key(f.areaCode, f.indicatorCode));
  }),
  /** Every area's figure of one indicator for one period, keyed "indicator|period". */
  england: loaders.loader<string, DatedFigure[]>('stretchEngland', async (keys) => {
    const figures = await services.stretchFigures.englandAt(keys.map((k) => ({ indicatorCode: split(k)[0], period: split(k)[1] })));
    return manyByKey(keys, figures, (f) => key(f.indicatorCode, f.period));
  }),
});

export const seriesKey = key;
