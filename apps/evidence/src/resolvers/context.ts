import { SubgraphContext } from '@laa/subgraph';
import { EvidenceServices } from '../services/services';

export type EvidenceContext = SubgraphContext<EvidenceServices>;
