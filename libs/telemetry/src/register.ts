import { startTracing, tracingConfigured } from './tracing';

/**
 * Imported first by each service's main.ts: starts tracing before pg, express, http and graphql load,
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise it does nothing and loads nothing.
 * The service name defaults to the app whose main.ts runs (apps/<app>/src/main).
 */
if (tracingConfigured()) {
  const app = /apps[\\/]([^\\/]+)[\\/]src[\\/]main/.exec(require.main?.filename ?? '')?.[1];
  startTracing({ serviceName: app ? `laa-${app}` : 'laa' });
}
