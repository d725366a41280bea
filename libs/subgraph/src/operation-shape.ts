import { ErrorCode } from '@laa/errors';
import { RequestHandler } from 'express';
import { DocumentNode, GraphQLError, parse, visit } from 'graphql';
import { refuseRequest } from './refusal';
import { DEFAULT_OPERATION_LIMITS, limitRefusal, OperationLimits } from './operation-limits';

/** The console's longest operation is under 4 KB; a megabyte of aliases is not an operation anyone needs. */
export const MAX_OPERATION_CHARS = 32 * 1024;
/** Tokens an operation may have before parsing stops (names, punctuation, values). */
export const MAX_OPERATION_TOKENS = 5_000;

/** Fields and aliases as written (fragments not expanded): linear in the document's length. */
function writtenSize(document: DocumentNode): { depth: number; aliases: number; fields: number } {
  const size = { depth: 0, aliases: 0, fields: 0 };
  visit(document, {
    Field(node) {
      size.fields++;
      if (node.alias) size.aliases++;
    },
  });
  return size;
}

/**
 * Refuses an oversized operation before GraphQL validates it: validation compares every pair of fields
 * that could merge, so 50,000 `__typename` aliases would hold the process (every region in it) for seconds.
 * The schema-aware limits (depth, cost) follow in operationLimitsPlugin.
 */
export function operationShapeGuard(limits: OperationLimits = DEFAULT_OPERATION_LIMITS): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    if (query.length > MAX_OPERATION_CHARS) {
      refuseRequest(
        res,
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The operation is ${query.length} characters long; the limit is ${MAX_OPERATION_CHARS}`,
        { limit: MAX_OPERATION_CHARS },
      );
      return;
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: MAX_OPERATION_TOKENS, noLocation: true });
    } catch (error) {
      if (error instanceof GraphQLError && /tokens/.test(error.message)) {
        refuseRequest(
          res,
          400,
          ErrorCode.QUERY_TOO_COMPLEX,
          `The operation has more than ${MAX_OPERATION_TOKENS} tokens: ask for fewer fields or split it`,
          { limit: MAX_OPERATION_TOKENS },
        );
        return;
      }
      return next(); // Apollo answers the syntax error itself (GRAPHQL_PARSE_FAILED).
    }
    const refusal = limitRefusal({ ...writtenSize(document), depth: 0 }, limits);
    if (refusal) {
      const { code, http: _http, ...details } = refusal.extensions as { code: ErrorCode; http?: unknown };
      refuseRequest(res, 400, code, refusal.message, details);
      return;
    }
    next();
  };
}
