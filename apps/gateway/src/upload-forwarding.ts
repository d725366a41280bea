import { SubgraphName } from '@laa/config';
import { ErrorCode } from '@laa/errors';
import { GATEWAY_KEY_HEADER } from '@laa/identity';
import { refuseRequest, UPLOAD_PATHS } from '@laa/subgraph';
import { RequestHandler } from 'express';
import { request } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { RequestCallers } from './request-callers';

/**
 * Streams an upload (a large CSV) through to the subgraph that takes it, unparsed, so a file of any
 * size never sits in the gateway's memory. The token is checked here first and again by the subgraph.
 */
function forwardTo(target: URL, key: string, callers: RequestCallers): RequestHandler {
  return async (req, res) => {
    const caller = await callers.of(req).catch(() => null);
    if (!caller) return refuseRequest(res, 401, ErrorCode.UNAUTHENTICATED, 'The token was refused: sign in again');
    if (!caller.authenticated) return refuseRequest(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in: uploads need an authenticated caller');
    const url = new URL(target);
    url.search = new URL(req.originalUrl, 'http://gateway').search;
    const headers = { authorization: req.headers.authorization ?? '', 'content-type': req.headers['content-type'] ?? 'text/csv', [GATEWAY_KEY_HEADER]: key };
    const upstream = request(url, { method: 'POST', headers });
    upstream.on('response', (answer) => {
      res.status(answer.statusCode ?? 502).type(answer.headers['content-type'] ?? 'application/json');
      answer.pipe(res);
    });
    try {
      await pipeline(req, upstream);
    } catch {
      if (!res.headersSent) refuseRequest(res, 502, ErrorCode.INTERNAL_SERVER_ERROR, 'The upload did not reach the subgraph');
    }
  };
}

/** One forwarding route per upload path of the platform. */
export function uploadRoutes(subgraphUrls: Record<SubgraphName, string>, key: string, callers: RequestCallers, guards: RequestHandler[]) {
  return Object.entries(UPLOAD_PATHS).map(([path, subgraph]) => ({
    path,
    handlers: [...guards, forwardTo(new URL(path, subgraphUrls[subgraph]), key, callers)],
  }));
}
