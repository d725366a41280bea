import { manyByKey, oneByKey } from '@laa/subgraph';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { SignOffContext } from './context';

/** The sign-off subgraph's relations, each batched per request. */
export const signOffLoaders = ({ loaders, services }: SignOffContext) => ({
  signOff: loaders.loader<string, SignOff | null>('signOff', async (ids) =>
    oneByKey(ids, await services.signOffs.ofAgreements(ids), (s) => s.agreementId),
  ),
  steps: loaders.loader<string, SignOffStep[]>('steps', async (ids) =>
    manyByKey(ids, await services.signOffs.stepsOf(ids), (s) => s.agreementId),
  ),
});
