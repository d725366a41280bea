import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { SUBGRAPH_KEEP_ALIVE_MS } from '@laa/subgraph';
import { withClientSpan } from '@laa/telemetry';
import { Agent, request } from 'undici';
import { Answer, AnswerResponse } from './subgraph-answer';

/**
 * How long the gateway keeps an idle connection to a subgraph. Half the subgraph's keep-alive, so the gateway
 * always closes an idle socket first: a server closing one as a request goes out on it is "socket hang up".
 */
export const SUBGRAPH_IDLE_MS = Math.floor(SUBGRAPH_KEEP_ALIVE_MS / 2);

/** One pool of kept-alive connections per subgraph origin, shared by every gateway in the process. */
const pool = new Agent({ keepAliveTimeout: SUBGRAPH_IDLE_MS, keepAliveMaxTimeout: SUBGRAPH_IDLE_MS, connections: 64 });

/** Headers that differ on every request without changing its answer: left out of the deduplication key. */
const TRACE_HEADERS = new Set(['traceparent', 'tracestate', 'baggage']);

export interface SubgraphFetcher extends Fetcher {
  /** Fetches actually sent to the subgraph (a deduplicated read counts once). */
  readonly sent: () => number;
}

/**
 * The fetcher of one subgraph's data source: undici over the shared pool, in a client span carrying the W3C
 * trace context, and identical reads in flight at once sent only once.
 */
export function subgraphFetcher(): SubgraphFetcher {
  const inFlight = new Map<string, Promise<Answer>>();
  let sent = 0;
  const send = (url: string, init: FetcherRequestInit) => {
    sent++;
    return post(url, init);
  };
  const fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const key = readKey(url, init);
    if (!key) return new AnswerResponse(await send(url, init), url);
    let shared = inFlight.get(key);
    if (!shared) {
      shared = send(url, init).finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    return new AnswerResponse(await shared, url);
  };
  return Object.assign(fetcher, { sent: () => sent });
}

/** The http instrumentation does not see undici: the client span and the W3C trace context are added here. */
async function post(url: string, init: FetcherRequestInit): Promise<Answer> {
  return withClientSpan('subgraph fetch', { 'url.full': url }, init.headers ?? {}, async (headers) => {
    // RemoteGraphQLDataSource posts every operation (the gateway does not use GET for queries).
    const answer = await request(url, {
      method: 'POST',
      headers,
      body: init.body,
      dispatcher: pool,
      signal: init.signal,
    });
    return { status: answer.statusCode, headers: flatHeaders(answer.headers), body: await answer.body.text() };
  });
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): [string, string][] {
  return Object.entries(headers).flatMap(([name, value]) =>
    value === undefined ? [] : Array.isArray(value) ? value.map((v): [string, string] => [name, v]) : [[name, value]],
  );
}

/**
 * The key under which identical reads share one fetch, or none for anything that is not a plain read.
 * It holds every header the subgraph sees (token, gateway key), so callers with different rights never share.
 */
export function readKey(url: string, init: FetcherRequestInit): string | undefined {
  if (typeof init.body !== 'string' || !isRead(init.body)) return undefined;
  const headers = Object.entries(init.headers ?? {})
    .filter(([name]) => !TRACE_HEADERS.has(name.toLowerCase()))
    .map(([name, value]) => `${name.toLowerCase()}:${value}`)
    .sort();
  return JSON.stringify([url, headers, init.body]);
}

/** A query operation (not a mutation or subscription); anything unreadable is treated as a write. */
function isRead(body: string): boolean {
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === 'string' && /^\s*(?:query\b|\{)/.test(query);
  } catch {
    return false;
  }
}
