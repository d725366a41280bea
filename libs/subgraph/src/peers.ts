import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { SUBGRAPH_TOPOLOGY, SubgraphName } from '@laa/config';
import { ErrorCode, ApiError, subgraphUnavailable } from '@laa/errors';
import { Logger } from './logger';
import { describeFetchFailure } from './readiness';
import { GATEWAY_KEY_HEADER, gatewayKey, PEER_HEADER, PEER_KEY_HEADER, peerKey } from '@laa/identity';
import { withClientSpan } from '@laa/telemetry';

/** Where the region's other subgraphs answer. */
export type PeerUrls = Partial<Record<SubgraphName, string>>;

/**
 * A document for a peer, generated from the supergraph (`npm run codegen`, each app's `src/peers/gql`): its text, and
 * the types of its result and variables, so a field a peer renames breaks the compiler instead of a rule at run time.
 */
export type PeerDocument<D, V> = DocumentTypeDecoration<D, V> & { toString(): string };

export interface PeerSubgraphs {
  /** Runs a query on another subgraph of the region as its gateway would, passing on the caller's token. */
  query<D, V>(peer: SubgraphName, document: PeerDocument<D, V>, variables: V, authorization?: string): Promise<D>;
}

/**
 * The entities of one type in an `_entities` answer, null where none came back: a peer answers each representation
 * with its own type, and the document asks `__typename` so the compiler can tell them apart.
 */
export function entitiesOf<E, N extends string>(
  answer: readonly (E | null)[],
  typename: N,
): (Extract<E, { __typename: N }> | null)[] {
  return answer.map((entity) => (isEntityOf(entity, typename) ? entity : null));
}

function isEntityOf<E, N extends string>(entity: E | null, typename: N): entity is Extract<E, { __typename: N }> {
  return entity !== null && typeof entity === 'object' && '__typename' in entity && entity.__typename === typename;
}

/**
 * A subgraph never reads another's tables; when a rule needs another subgraph's facts (sign-off needs
 * the agreement's area), it asks that subgraph over GraphQL, vouched for with the gateway key; a subgraph also says
 * who is asking (`self`) with its own peer key, which an operation only one peer may call checks (requirePeer).
 */
export function peerSubgraphs(
  urls: PeerUrls,
  authSecret: string,
  calls: readonly SubgraphName[],
  log?: Logger,
  self?: SubgraphName,
): PeerSubgraphs {
  const key = gatewayKey(authSecret);
  const identity: Record<string, string> = self
    ? { [PEER_HEADER]: self, [PEER_KEY_HEADER]: peerKey(authSecret, self) }
    : {};
  return {
    async query<D, V>(
      peer: SubgraphName,
      document: PeerDocument<D, V>,
      variables: V,
      authorization?: string,
    ): Promise<D> {
      const query = document.toString();
      // The launcher knows every address; a deployment gives only those the registry lists, so an unlisted call fails here first.
      if (!calls.includes(peer)) {
        throw new Error(
          `A call to the ${peer} subgraph that SUBGRAPH_TOPOLOGY does not list: add '${peer}' to the caller's calls in libs/config/src/topology.ts`,
        );
      }
      const url = urls[peer];
      if (!url) {
        log?.error('a peer subgraph has no address: set its variable', {
          peer,
          variable: SUBGRAPH_TOPOLOGY[peer].urlVariable,
        });
        throw subgraphUnavailable(peer);
      }
      const headers = {
        'content-type': 'application/json',
        [GATEWAY_KEY_HEADER]: key,
        ...identity,
        ...(authorization ? { authorization } : {}),
      };
      // One span per peer call, and its trace context passed on, so the peer's work shows in the caller's trace.
      const body = await withClientSpan(`peer ${peer}`, { 'laa.peer': peer }, headers, (traced) =>
        post<D>(url, traced, { query, variables }),
      ).catch((failure: Error) => {
        log?.warn('a peer subgraph did not answer', { peer, reason: describeFetchFailure(failure) });
        throw subgraphUnavailable(peer);
      });
      const error = body.errors?.[0];
      if (error)
        throw new ApiError((error.extensions?.code as ErrorCode) ?? ErrorCode.INTERNAL_SERVER_ERROR, error.message);
      return body.data as D;
    },
  };
}

/** How long a peer may take before the rule that asked it fails SUBGRAPH_UNAVAILABLE instead of hanging. */
export const PEER_TIMEOUT_MS = 10_000;

type PeerAnswer<D> = { data?: D; errors?: { message: string; extensions?: { code?: string } }[] };

async function post<D>(url: string, headers: Record<string, string>, body: unknown): Promise<PeerAnswer<D>> {
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(PEER_TIMEOUT_MS),
  });
  // A proxy's or a dying process's answer may not be GraphQL at all.
  if (!response.headers.get('content-type')?.includes('json'))
    throw new Error(`answered ${response.status} without JSON`);
  return (await response.json()) as PeerAnswer<D>;
}
