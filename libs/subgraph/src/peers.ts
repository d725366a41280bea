import { SubgraphName } from '@laa/config';
import { ErrorCode, ApiError } from '@laa/errors';
import { GATEWAY_KEY_HEADER, gatewayKey } from '@laa/identity';

/** Where the region's other subgraphs answer. */
export type PeerUrls = Partial<Record<SubgraphName, string>>;

export interface PeerSubgraphs {
  /** Runs a query on another subgraph of the region as its gateway would, passing on the caller's token. */
  query<D>(peer: SubgraphName, query: string, variables: Record<string, unknown>, authorization?: string): Promise<D>;
}

/**
 * A subgraph never reads another's tables; when a rule needs another subgraph's facts (sign-off needs
 * the agreement's area), it asks that subgraph over GraphQL, vouched for with the gateway key.
 */
export function peerSubgraphs(urls: PeerUrls, authSecret: string): PeerSubgraphs {
  const key = gatewayKey(authSecret);
  return {
    async query<D>(peer: SubgraphName, query: string, variables: Record<string, unknown>, authorization?: string): Promise<D> {
      const url = urls[peer];
      if (!url) throw new Error(`The ${peer} subgraph's URL is not configured (${peer.toUpperCase()}_URL)`);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_KEY_HEADER]: key, ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await response.json()) as { data?: D; errors?: { message: string; extensions?: { code?: string } }[] };
      const error = body.errors?.[0];
      if (error) throw new ApiError((error.extensions?.code as ErrorCode) ?? ErrorCode.INTERNAL_SERVER_ERROR, error.message);
      return body.data as D;
    },
  };
}
