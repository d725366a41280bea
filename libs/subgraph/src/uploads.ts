import { SubgraphName } from '@laa/config';
import { RegionCode } from '@laa/domain';
import { ApiError, ErrorCode } from '@laa/errors';
import { Caller } from '@laa/identity';
import express from 'express';
import { Logger } from './logger';

/** A file a caller streams to a subgraph: too large for a GraphQL request, so it is a plain POST. */
export interface Upload<Services> {
  /** The request body as it arrives. */
  body: AsyncIterable<Buffer>;
  /** Query-string parameters (e.g. the file's name). */
  parameters: Record<string, string>;
  caller: Caller;
  region: RegionCode;
  services: Services;
  log: Logger;
}

export interface UploadRoute<Services> {
  /** Where the subgraph takes it, and the regional gateway forwards it: e.g. /imports/observations. */
  path: string;
  handle(upload: Upload<Services>): Promise<unknown>;
}

/** Every upload path of the platform and the subgraph that takes it (the gateway forwards these). */
export const UPLOAD_PATHS: Readonly<Record<string, SubgraphName>> = { '/imports/observations': 'evidence' };

/** Serves an upload route: `{ data }` on success, `{ errors }` with a stable code otherwise, never a stack trace. */
export function uploadHandler<S>(
  route: UploadRoute<S>,
  context: (req: express.Request) => Promise<Omit<Upload<S>, 'body' | 'parameters'>>,
): express.RequestHandler {
  return async (req, res) => {
    const parameters = Object.fromEntries(
      Object.entries(req.query).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    let log: Logger | undefined;
    try {
      const upload = { ...(await context(req)), body: req, parameters };
      log = upload.log;
      const data = await route.handle(upload);
      upload.log.audit('change', { caller: callerId(upload.caller), upload: route.path, parameters, outcome: 'done' });
      res.json({ data });
    } catch (error) {
      const refusal = refusalOf(error);
      log?.audit('change', { upload: route.path, parameters, outcome: [refusal.code] });
      if (refusal.code === ErrorCode.INTERNAL_SERVER_ERROR)
        log?.error('upload failed', { path: route.path, reason: (error as Error).message });
      req.resume();
      res.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: refusal.extensions }] });
    }
  };
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.GATEWAY_REQUIRED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

function refusalOf(error: unknown) {
  const code =
    error instanceof ApiError || (error as ApiError)?.extensions?.code
      ? String((error as ApiError).extensions.code)
      : null;
  if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) {
    return {
      status: 500,
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: 'Internal server error',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  }
  const { http: _http, ...extensions } = (error as ApiError).extensions as Record<string, unknown>;
  return { status: STATUS[code] ?? 400, code, message: (error as Error).message, extensions: { ...extensions, code } };
}

const callerId = (caller: Caller) => (caller.authenticated ? caller.id : 'public');
