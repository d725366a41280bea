import { SubgraphContext } from '@laa/subgraph';
import { SignOffServices } from '../services/services';

export type SignOffContext = SubgraphContext<SignOffServices>;
