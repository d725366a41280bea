import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ServiceMetrics } from '@laa/telemetry';

/** Counts each answered request by operation, times it, and counts the error codes the caller received. */
export function metricsPlugin<C extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, request, response }) {
          // The formatted errors, as the caller sees them (masked ones count as INTERNAL_SERVER_ERROR).
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) =>
            typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR',
          );
          metrics.recordRequest(operationName ?? request.operationName, (performance.now() - started) / 1000, codes);
        },
      };
    },
  };
}
