import { ErrorCode } from '@laa/errors';
import { Role } from '@laa/identity';
import { operationId, readSafelist, refuseRequest, Safelist } from '@laa/subgraph';
import { RequestHandler } from 'express';
import { RequestCallers } from './request-callers';

/** The one safelist (libs/subgraph/src/safelist.ts): subgraphs hold council systems' direct calls to it too. */
export { operationId, readSafelist };

/** One status for every refusal of an operation the server will not run, unknown id or free-form text (docs/API.md). */
export const NOT_SAFELISTED_STATUS = 400;

interface GraphqlBody {
  query?: string;
  extensions?: { persistedQuery?: { sha256Hash?: string } };
}

/**
 * Persisted operations: a body with only `extensions.persistedQuery.sha256Hash` runs the safelisted
 * document. Council systems (when `enforce`) may run nothing else.
 */
export function safelistGuard(safelist: Safelist, callers: RequestCallers, enforce: boolean): RequestHandler {
  return async (req, res, next) => {
    const body = (req.body ?? {}) as GraphqlBody;
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    if (hash && !body.query) {
      const operation = safelist.get(hash);
      if (!operation) {
        refuseRequest(
          res,
          NOT_SAFELISTED_STATUS,
          ErrorCode.OPERATION_NOT_SAFELISTED,
          `No safelisted operation has id ${hash}`,
        );
        return;
      }
      body.query = operation.document;
      delete body.extensions!.persistedQuery;
    }
    if (enforce && typeof body.query === 'string') {
      // Who calls first (verified once per request): only a council system's operation text needs hashing.
      const caller = await callers.of(req).catch(() => undefined);
      const councilSystem = caller?.authenticated && caller.grants.some((grant) => grant.role === Role.COUNCIL_SYSTEM);
      if (councilSystem && !safelist.has(operationId(body.query))) {
        refuseRequest(
          res,
          NOT_SAFELISTED_STATUS,
          ErrorCode.OPERATION_NOT_SAFELISTED,
          'Council systems may run only the safelisted operations (see docs/API.md)',
        );
        return;
      }
    }
    next();
  };
}
