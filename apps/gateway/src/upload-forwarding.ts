import { SubgraphName } from '@laa/config';
import { ErrorCode } from '@laa/errors';
import { GATEWAY_KEY_HEADER } from '@laa/identity';
import { refuseRequest, UPLOAD_PATHS } from '@laa/subgraph';
import { Request, RequestHandler, Response } from 'express';
import { ClientRequest, request } from 'node:http';
import { RequestCallers } from './request-callers';

/**
 * How long the subgraph may go without a byte either way once the upload is under way: a national file's merge
 * answers within a few minutes; longer silence means the subgraph is gone or stuck, and the caller is told.
 */
export const UPLOAD_SILENCE_LIMIT_MS = 10 * 60 * 1000;

/**
 * Streams an upload (a large CSV) through to the subgraph that takes it, unparsed, so a file of any
 * size never sits in the gateway's memory. The token is checked here first and again by the subgraph.
 * If the subgraph drops the connection or falls silent the caller gets SUBGRAPH_UNAVAILABLE at once, never a hang.
 */
function forwardTo(
  subgraph: SubgraphName,
  target: URL,
  key: string,
  callers: RequestCallers,
  silenceLimitMs: number,
): RequestHandler {
  return async (req, res) => {
    const caller = await callers.of(req).catch(() => null);
    if (!caller) return refuseRequest(res, 401, ErrorCode.UNAUTHENTICATED, 'The token was refused: sign in again');
    if (!caller.authenticated)
      return refuseRequest(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in: uploads need an authenticated caller');
    const url = new URL(target);
    url.search = new URL(req.originalUrl, 'http://gateway').search;
    const headers = {
      authorization: req.headers.authorization ?? '',
      'content-type': req.headers['content-type'] ?? 'text/csv',
      [GATEWAY_KEY_HEADER]: key,
    };
    const upstream = request(url, { method: 'POST', headers, timeout: silenceLimitMs });
    upstream.on('response', (answer) => {
      res.status(answer.statusCode ?? 502).type(answer.headers['content-type'] ?? 'application/json');
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    upstream.on('timeout', () => upstream.destroy(new Error('the subgraph did not answer in time')));
    upstream.on('error', () => unavailable(subgraph, req, res, upstream));
    // The caller went away: stop feeding the subgraph, whose import then rolls back.
    req.on('error', () => upstream.destroy());
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };
}

function unavailable(subgraph: SubgraphName, req: Request, res: Response, upstream: ClientRequest): void {
  req.unpipe(upstream);
  req.resume();
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.setHeader('connection', 'close');
  refuseRequest(
    res,
    502,
    ErrorCode.SUBGRAPH_UNAVAILABLE,
    `The ${subgraph} subgraph stopped before it answered the upload. An import is all or nothing: see the import history ` +
      '(observationImports) for whether it loaded, and send the file again if not',
  );
}

/** One forwarding route per upload path of the platform. */
export function uploadRoutes(
  subgraphUrls: Record<SubgraphName, string>,
  key: string,
  callers: RequestCallers,
  guards: RequestHandler[],
  silenceLimitMs = UPLOAD_SILENCE_LIMIT_MS,
) {
  return Object.entries(UPLOAD_PATHS).map(([path, subgraph]) => ({
    path,
    handlers: [...guards, forwardTo(subgraph, new URL(path, subgraphUrls[subgraph]), key, callers, silenceLimitMs)],
  }));
}
