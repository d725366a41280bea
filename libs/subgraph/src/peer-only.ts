import { SubgraphName } from '@laa/config';
import { forbidden } from '@laa/errors';

/**
 * Refuses an operation only another subgraph of the region may call (it is @inaccessible, so the gateway does not
 * serve it either): the caller must present that subgraph's peer key, whatever its token says.
 */
export function requirePeer(context: { peer?: string | null }, peer: SubgraphName, what: string): void {
  if (context.peer !== peer) throw forbidden(`Only the ${peer} subgraph may ${what}`);
}
