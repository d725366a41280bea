import { GraphQLError } from 'graphql';

/**
 * The stable error codes of the public API (extensions.code). Council systems branch on these,
 * so they are part of the contract: add codes, never rename them.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  RULE_VIOLATION = 'RULE_VIOLATION',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The operation nests deeper than the API allows. */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** The operation's estimated cost (fields, multiplied by lists) is over the limit. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  /** Too many requests from this client: wait (see extensions.retryAfterSeconds). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The client already has as many operations running as it may: wait for one to finish (extensions.retryAfterSeconds). */
  TOO_MANY_IN_FLIGHT = 'TOO_MANY_IN_FLIGHT',
  /** The request body is larger than the API accepts. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The caller may only run safelisted (persisted) operations and this is not one. */
  OPERATION_NOT_SAFELISTED = 'OPERATION_NOT_SAFELISTED',
  /** Direct calls to a subgraph need a valid token or the regional gateway's key. */
  GATEWAY_REQUIRED = 'GATEWAY_REQUIRED',
  /** A service of the region (extensions.service) is not answering, or an upload's subgraph dropped the connection or fell silent (HTTP 502): the fields it serves fail, the rest answer; also a peer subgraph an operation needs (agreements, when a Minister signs); try again shortly. */
  SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE',
}

/** An error the caller can act on: its message and code are shown as they are. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new ApiError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (what: string, key: string) =>
  new ApiError(ErrorCode.NOT_FOUND, `${what} ${key} was not found`, { what, key });
export const unauthenticated = (message = 'Sign in: this needs an authenticated caller') =>
  new ApiError(ErrorCode.UNAUTHENTICATED, message);
/** A bad credential refuses the whole request with HTTP 401 (a missing one is just the public). */
export const badCredentials = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
export const forbidden = (message: string) => new ApiError(ErrorCode.FORBIDDEN, message);
/** A business rule refused the operation; `details` (e.g. what is missing) travel in extensions beside the rule. */
export const ruleViolation = (rule: string, message: string, details: Record<string, unknown> = {}) =>
  new ApiError(ErrorCode.RULE_VIOLATION, message, { ...details, rule });
export const conflict = (message: string, current: Record<string, unknown>) =>
  new ApiError(ErrorCode.CONFLICT, message, { current });

/** Another service of the region did not answer (down, restarting or too slow): nothing was changed by the refused operation. */
export const subgraphUnavailable = (service: string) =>
  new ApiError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${service} service is not answering: try again shortly`, {
    service,
  });

/** A refusal of the whole request (not of one field), answered with an HTTP status. */
export const requestRefused = (
  code: ErrorCode,
  message: string,
  status: number,
  details: Record<string, unknown> = {},
) => new GraphQLError(message, { extensions: { code, ...details, http: { status } } });

/** Codes whose errors reach the caller verbatim; anything else is masked. */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));
