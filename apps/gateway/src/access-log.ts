import { ApolloServerPlugin } from '@apollo/server';
import { Logger, refusalOf } from '@laa/subgraph';
import { RequestHandler } from 'express';
import { GatewayContext } from './gateway-context';

/** One `access` line per request Apollo runs: who called, which operation, the outcome and how long it took. */
export function accessLog(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = performance.now();
      return {
        async willSendResponse({ errors, operationName }) {
          log.info('access', {
            caller: contextValue.callerId ?? 'public',
            operation: operationName ?? request.operationName ?? 'anonymous',
            errors: errors?.map((error) => error.extensions?.code ?? 'UNKNOWN'),
            ms: Math.round(performance.now() - started),
          });
        },
      };
    },
  };
}

/**
 * One `access` line per request refused before Apollo runs it (bad token 401, body too large 413, rate or
 * in-flight limit 429, safelist, oversized operation): its status and code, and the caller when known. Never the
 * body or a token.
 */
export function refusedRequestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.once('finish', () => {
      const refusal = refusalOf(res);
      if (!refusal) return;
      log.info('access', {
        caller: (res.locals.callerId as string | undefined) ?? 'unknown',
        address: req.ip,
        status: refusal.status,
        errors: [refusal.code],
        ms: Math.round(performance.now() - started),
      });
    });
    next();
  };
}
