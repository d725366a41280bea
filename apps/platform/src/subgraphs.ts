import { agreementsSubgraph } from '@laa/agreements';
import { SubgraphName } from '@laa/config';
import { evidenceSubgraph } from '@laa/evidence';
import { partnersSubgraph } from '@laa/partners';
import { signoffSubgraph } from '@laa/signoff';
import { SubgraphDefinition } from '@laa/subgraph';

/** Every subgraph of the topology registry (@laa/config), by name: the launcher and tools/supergraph read it here. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<unknown>> = {
  partners: partnersSubgraph,
  evidence: evidenceSubgraph,
  agreements: agreementsSubgraph,
  signoff: signoffSubgraph,
};
