import { SubgraphContext } from '@laa/subgraph';
import { EvidenceServices } from '../services/indicator-service';

export type EvidenceContext = SubgraphContext<EvidenceServices>;
