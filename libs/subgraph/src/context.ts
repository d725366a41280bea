import { RegionCode } from '@laa/domain';
import { Caller } from '@laa/identity';
import { LoaderRegistry } from './loaders';
import { Logger } from './logger';

/** What every resolver receives: who is calling, this request's loaders, and the subgraph's services. */
export interface SubgraphContext<Services> {
  caller: Caller;
  /** The regional gateway (or a peer subgraph) vouched for the request with its key. */
  viaGateway: boolean;
  region: RegionCode;
  loaders: LoaderRegistry;
  services: Services;
  log: Logger;
  /** The caller's Authorization header, passed on when this subgraph asks a peer for draft facts on the caller's behalf. */
  authorization?: string;
  /** The region's subgraph calling this one directly, proved by its peer key (null through the gateway). */
  peer?: string | null;
}
