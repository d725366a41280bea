import { SubgraphContext } from '@laa/subgraph';
import { AgreementsServices } from '../services/services';

export type AgreementsContext = SubgraphContext<AgreementsServices>;
