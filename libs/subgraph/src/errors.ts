import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ErrorCode, PUBLIC_ERROR_CODES } from '@laa/errors';
import { GraphQLFormattedError } from 'graphql';
import { Logger } from './logger';
import { operationLimitsPlugin } from './operation-limits';

/** Codes Apollo itself raises for a malformed request: safe and useful to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'DOWNSTREAM_SERVICE_ERROR',
]);

/**
 * Errors reach callers with a stable extensions.code and never a stack trace; anything unexpected
 * is logged in full and masked as INTERNAL_SERVER_ERROR.
 */
export function errorFormatter(log: Logger, hideSuggestions = false) {
  const format = maskedError(log);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const masked = format(formatted, error);
    return hideSuggestions ? withoutSuggestions(masked) : masked;
  };
}

/**
 * "Did you mean ...?" names fields, arguments and enum values: with introspection off they would give the schema
 * away one guess at a time (validation errors and variables' values alike).
 */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return { ...formatted, message: formatted.message.replace(/ ?Did you mean .*?\?(?= |$)/g, '') };
}

function maskedError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
    if (PUBLIC_ERROR_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return withoutStack(formatted);
    if (REQUEST_ERROR_CODES.has(code)) return withoutStack(formatted);
    const original = unwrapResolverError(error);
    if (isConcurrentWrite(original)) {
      return {
        message: 'Someone else changed this at the same moment: reload and try again',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (isMalformedValue(original)) {
      return {
        message: 'A value is not in the form it needs (an id, a date or a number?)',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    log.error('unexpected error', {
      error: original instanceof Error ? (original.stack ?? original.message) : String(original),
      path: formatted.path,
    });
    return {
      message: 'Internal server error: the problem has been logged',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * Two writers raced and PostgreSQL let one through (a unique key written twice, a serialization failure, a
 * deadlock broken): the loser's answer is the optimistic lock's, CONFLICT, on a server as on the embedded store.
 */
const CONCURRENT_WRITE_CODES = new Set(['23505', '40001', '40P01', '55P03']);

function isConcurrentWrite(error: unknown): boolean {
  return CONCURRENT_WRITE_CODES.has(driverErrorCode(error) ?? '');
}

/** The SQLSTATE of a failed statement, through TypeORM (driverError) or from pg itself. */
function driverErrorCode(error: unknown): string | undefined {
  const failed = error as { driverError?: { code?: string }; code?: unknown; severity?: unknown } | null;
  return (
    failed?.driverError?.code ??
    (typeof failed?.severity === 'string' && typeof failed.code === 'string' ? failed.code : undefined)
  );
}

/** PostgreSQL refused a value's text form (22P02: e.g. "not-a-uuid" as an id): the caller's input, not a fault. */
function isMalformedValue(error: unknown): boolean {
  return driverErrorCode(error) === '22P02';
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions) return formatted;
  // A subgraph's raw HTTP response (gateway) and stack traces are internal detail.
  const { stacktrace: _stacktrace, exception: _exception, response: _response, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/** The hardening every Apollo server of the platform shares: masked errors, no stack traces, no tracing. */
export function hardenedServerOptions<C extends BaseContext>(
  log: Logger,
  introspection = true,
  plugins: ApolloServerPlugin<C>[] = [],
) {
  return {
    formatError: errorFormatter(log, !introspection),
    includeStacktraceInErrorResponses: false,
    introspection,
    hideSchemaDetailsFromClientErrors: !introspection,
    plugins: [ApolloServerPluginInlineTraceDisabled(), operationLimitsPlugin<C>(), ...plugins],
    // One operation per HTTP request: batched arrays would multiply every limit.
    allowBatchedHttpRequests: false,
    // Apollo's CSRF prevention: a request must be a JSON POST or carry a non-simple header.
    csrfPrevention: true,
    // Stopping is the entry point's job (stopOnTermination): it drains in-flight requests before Apollo stops.
    stopOnTerminationSignals: false,
  };
}
