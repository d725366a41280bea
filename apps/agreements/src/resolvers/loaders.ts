import { manyByKey, oneByKey } from '@laa/subgraph';
import { Agreement } from '../entities/agreement';
import { Target } from '../entities/target';
import { AgreementsContext } from './context';

/** The agreements subgraph's relations, each batched per request. */
export const agreementsLoaders = ({ loaders, services }: AgreementsContext) => ({
  agreement: loaders.loader<string, Agreement | null>('agreement', async (ids) =>
    oneByKey(ids, await services.agreements.byIds(ids), (a) => a.id),
  ),
  agreementOfArea: loaders.loader<string, Agreement | null>('agreementOfArea', async (codes) =>
    // Rows come newest first, so the first per area is the current agreement.
    manyByKey(codes, await services.agreements.byAreaCodes(codes), (a) => a.areaCode).map((rows) => rows[0] ?? null),
  ),
  target: loaders.loader<string, Target | null>('target', async (ids) =>
    oneByKey(ids, await services.agreements.targetsByIds(ids), (t) => t.id),
  ),
  targets: loaders.loader<string, Target[]>('targets', async (ids) =>
    manyByKey(ids, await services.agreements.targetsOf(ids), (t) => t.agreementId),
  ),
});
