import { TIMEOUT_MS } from './regional-client';

/**
 * Why a regional gateway gave no data: it is not running (no connection, or no answer in time), or it answered with
 * an error (a 500 or 502 with its reason, or a GraphQL error). The two need different people: the first whoever runs
 * the region, the second whoever reads its logs.
 */
export interface RegionFailure {
  kind: 'not-running' | 'error';
  /** The HTTP status, when the gateway answered with one. */
  status?: number;
  /** The error's stable code (extensions.code), when it gave one. */
  code?: string;
  reason: string;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
  bodyText?: unknown;
  errors?: unknown;
}

interface GraphqlErrorLike {
  message?: unknown;
  extensions?: { code?: unknown };
}

const firstError = (errors: unknown): GraphqlErrorLike | null =>
  Array.isArray(errors) && errors.length > 0 ? (errors[0] as GraphqlErrorLike) : null;

/** The first error of a GraphQL body, if the text is one. */
function graphqlErrorOf(bodyText: string): GraphqlErrorLike | null {
  try {
    return firstError((JSON.parse(bodyText) as { errors?: unknown }).errors);
  } catch {
    return null;
  }
}

const codeOf = (error: GraphqlErrorLike | null) =>
  typeof error?.extensions?.code === 'string' ? { code: error.extensions.code } : {};

/** Reads an Apollo error (ServerError, CombinedGraphQLErrors, or the fetch's own failure) as a region failure. */
export function regionFailureOf(error: unknown): RegionFailure {
  const e = (error ?? {}) as ErrorLike;
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (typeof e.statusCode === 'number') {
    const body = typeof e.bodyText === 'string' ? e.bodyText : '';
    const inner = graphqlErrorOf(body);
    const reason = typeof inner?.message === 'string' ? inner.message : body.trim().slice(0, 200) || message;
    return { kind: 'error', status: e.statusCode, ...codeOf(inner), reason };
  }
  const graphql = firstError(e.errors);
  if (graphql)
    return {
      kind: 'error',
      ...codeOf(graphql),
      reason: typeof graphql.message === 'string' ? graphql.message : message,
    };
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return { kind: 'not-running', reason: `no answer within ${TIMEOUT_MS / 1000} seconds` };
  if (e.name === 'TypeError')
    return { kind: 'not-running', reason: 'no connection: the gateway is not running or cannot be reached' };
  return { kind: 'error', reason: message };
}

/** The one line a page shows for a region that gave no data. */
export function failureText(failure: RegionFailure): string {
  if (failure.kind === 'not-running') return `Not running: ${failure.reason}.`;
  const status = failure.status ? ` (HTTP ${failure.status})` : '';
  return `Answered with an error${status}: ${failure.reason}`;
}
