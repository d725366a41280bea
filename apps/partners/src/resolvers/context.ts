import { SubgraphContext } from '@laa/subgraph';
import { PartnersServices } from '../services/services';

export type PartnersContext = SubgraphContext<PartnersServices>;
