import { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@laa/subgraph';
import { GatewayContext } from './gateway';

/** One `access` line per request: who called, which operation, the outcome and how long it took. */
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
