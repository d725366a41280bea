import { SubgraphContext } from '@laa/subgraph';
import { AgreementsServices } from '../services/agreement-service';

export type AgreementsContext = SubgraphContext<AgreementsServices>;
