import { manyByKey, oneByKey } from '@laa/subgraph';
import { Indicator } from '../entities/indicator';
import { IndicatorRevision } from '../entities/indicator-revision';
import { Observation } from '../entities/observation';
import { EvidenceContext } from './context';

/** The evidence subgraph's relations, each batched per request. */
export const evidenceLoaders = ({ loaders, services }: EvidenceContext) => ({
  indicator: loaders.loader<string, Indicator | null>('indicator', async (codes) =>
    oneByKey(codes, await services.indicators.byCodes(codes), (i) => i.code),
  ),
  revisions: loaders.loader<string, IndicatorRevision[]>('revisions', async (codes) =>
    manyByKey(codes, await services.indicators.revisionsOf(codes), (r) => r.indicatorCode),
  ),
  observationsOfArea: loaders.loader<string, Observation[]>('observationsOfArea', async (codes) =>
    manyByKey(codes, await services.indicators.observationsOfAreas(codes), (o) => o.areaCode),
  ),
});
