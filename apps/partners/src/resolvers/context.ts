import { SubgraphContext } from '@laa/subgraph';
import { PartnersServices } from '../services/area-service';

export type PartnersContext = SubgraphContext<PartnersServices>;
