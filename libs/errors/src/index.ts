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
export const ruleViolation = (rule: string, message: string) =>
  new ApiError(ErrorCode.RULE_VIOLATION, message, { rule });
export const conflict = (message: string, current: Record<string, unknown>) =>
  new ApiError(ErrorCode.CONFLICT, message, { current });

/** Codes whose errors reach the caller verbatim; anything else is masked. */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));
