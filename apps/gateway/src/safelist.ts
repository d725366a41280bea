import { ErrorCode } from '@laa/errors';
import { Role } from '@laa/identity';
import { refuseRequest } from '@laa/subgraph';
import { RequestHandler } from 'express';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RequestCallers } from './request-callers';

/** Operations published for council systems, one per .graphql file; a test keeps them valid. */
export const SAFELIST_DIR = join(__dirname, '..', 'safelist');

export const operationId = (document: string) => createHash('sha256').update(document).digest('hex');

/** The safelisted operations by id (the SHA-256 of the file's text, as Apollo's persisted query hash). */
export function readSafelist(dir = SAFELIST_DIR): Map<string, { name: string; document: string }> {
  const files = readdirSync(dir).filter((file) => file.endsWith('.graphql')).sort();
  return new Map(
    files.map((file) => {
      const document = readFileSync(join(dir, file), 'utf8');
      return [operationId(document), { name: file.replace(/\.graphql$/, ''), document }];
    }),
  );
}

interface GraphqlBody {
  query?: string;
  extensions?: { persistedQuery?: { sha256Hash?: string } };
}

/**
 * Persisted operations: a body with only `extensions.persistedQuery.sha256Hash` runs the safelisted
 * document. Council systems (when `enforce`) may run nothing else.
 */
export function safelistGuard(safelist: ReturnType<typeof readSafelist>, callers: RequestCallers, enforce: boolean): RequestHandler {
  return async (req, res, next) => {
    const body = (req.body ?? {}) as GraphqlBody;
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    if (hash && !body.query) {
      const operation = safelist.get(hash);
      if (!operation) {
        refuseRequest(res, 400, ErrorCode.OPERATION_NOT_SAFELISTED, `No safelisted operation has id ${hash}`);
        return;
      }
      body.query = operation.document;
      delete body.extensions!.persistedQuery;
    }
    if (enforce && typeof body.query === 'string' && !safelist.has(operationId(body.query))) {
      const caller = await callers.of(req).catch(() => undefined);
      const councilSystem = caller?.authenticated && caller.grants.some((grant) => grant.role === Role.COUNCIL_SYSTEM);
      if (councilSystem) {
        refuseRequest(res, 403, ErrorCode.OPERATION_NOT_SAFELISTED, 'Council systems may run only the safelisted operations (see docs/API.md)');
        return;
      }
    }
    next();
  };
}
