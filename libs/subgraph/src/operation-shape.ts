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

/** A refusal as refuseRequest sends it. */
interface ShapeRefusal {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** Operation texts whose verdict is remembered: a console's and the council systems' operations, many times over. */
const REMEMBERED_OPERATIONS = 500;
/** Only short texts are remembered (the console's longest is under 4 KB), so the memory stays small whatever is sent. */
const REMEMBERED_OPERATION_CHARS = 8 * 1024;

/**
 * Refuses an oversized operation before GraphQL validates it: validation compares every pair of fields
 * that could merge, so 50,000 `__typename` aliases would hold the process (every region in it) for seconds.
 * The schema-aware limits (depth, cost) follow in operationLimitsPlugin. The verdict depends on the text alone,
 * so it is remembered for the operations sent again and again (parsing each request twice showed in the profile).
 */
export function operationShapeGuard(limits: OperationLimits = DEFAULT_OPERATION_LIMITS): RequestHandler {
  const verdicts = new Map<string, ShapeRefusal | null>();
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    let refusal = verdicts.get(query);
    if (refusal === undefined) {
      refusal = shapeRefusal(query, limits);
      if (query.length <= REMEMBERED_OPERATION_CHARS) {
        if (verdicts.size >= REMEMBERED_OPERATIONS) verdicts.delete(verdicts.keys().next().value as string);
        verdicts.set(query, refusal);
      }
    }
    if (!refusal) return next();
    refuseRequest(res, refusal.status, refusal.code, refusal.message, refusal.details);
  };
}

/** Why an operation's text is refused, or null to let it through (Apollo answers a syntax error itself). */
function shapeRefusal(query: string, limits: OperationLimits): ShapeRefusal | null {
  if (query.length > MAX_OPERATION_CHARS) {
    return {
      status: 413,
      code: ErrorCode.PAYLOAD_TOO_LARGE,
      message: `The operation is ${query.length} characters long; the limit is ${MAX_OPERATION_CHARS}`,
      details: { limit: MAX_OPERATION_CHARS },
    };
  }
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_OPERATION_TOKENS, noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError && /tokens/.test(error.message)) {
      return {
        status: 400,
        code: ErrorCode.QUERY_TOO_COMPLEX,
        message: `The operation has more than ${MAX_OPERATION_TOKENS} tokens: ask for fewer fields or split it`,
        details: { limit: MAX_OPERATION_TOKENS },
      };
    }
    return null; // Apollo answers the syntax error itself (GRAPHQL_PARSE_FAILED).
  }
  const refusal = limitRefusal({ ...writtenSize(document), depth: 0 }, limits);
  if (!refusal) return null;
  const { code, http: _http, ...details } = refusal.extensions as { code: ErrorCode; http?: unknown };
  return { status: 400, code, message: refusal.message, details };
}
