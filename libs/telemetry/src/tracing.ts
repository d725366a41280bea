import type { Sampler, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { IncomingMessage } from 'node:http';
import { RequestRootSampler } from './request-sampler';
import { ServiceIdentityProcessor } from './service-identity';

export interface TracingOptions {
  /** The resource's service.name (OTEL_SERVICE_NAME wins when set). */
  serviceName: string;
  /** Where spans go; by default OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT. */
  exporter?: SpanExporter;
  /** Hand each span to the exporter as it ends (tests read them at once) rather than in batches. */
  immediate?: boolean;
  sampler?: Sampler;
}

export interface Tracing {
  /** Exports every ended span now. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

/** Probes and scrapes are not requests anyone traces: one span each per pod every few seconds is noise. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

let running: Tracing | null = null;

/** True when spans should leave the process: an OTLP endpoint is configured. */
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return (
    Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) &&
    env.OTEL_SDK_DISABLED !== 'true'
  );
}

/**
 * Starts the one OpenTelemetry SDK of the process, with the http, express, graphql and pg instrumentations.
 * Call it before those modules load (see register.ts): instrumentation patches them as they are required.
 * The SDK is loaded only here, so a service without tracing pays nothing for it.
 */
export function startTracing(options: TracingOptions): Tracing {
  if (running) return running;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { BatchSpanProcessor, SimpleSpanProcessor } =
    require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const exporter = options.exporter ?? new OTLPTraceExporter();
  const exporting = options.immediate ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter);
  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME || options.serviceName,
    spanProcessors: [new ServiceIdentityProcessor(), exporting],
    // Metrics are Prometheus's (prom-client, /metrics) and logs are pino's: the SDK exports traces only.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: instrumentations(),
    sampler: options.sampler ?? requestSampler(),
  });
  sdk.start();
  running = { flush: () => exporting.forceFlush(), shutdown: () => sdk.shutdown() };
  return running;
}

/**
 * Spans under a sampled parent are kept (a subgraph follows its gateway's choice); a trace starts only at a
 * request, for all of them, or for the share OTEL_TRACES_SAMPLER=parentbased_traceidratio with
 * OTEL_TRACES_SAMPLER_ARG keeps.
 */
function requestSampler(env: NodeJS.ProcessEnv = process.env) {
  const { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const chosen = env.OTEL_TRACES_SAMPLER ?? '';
  const ratio = Number(env.OTEL_TRACES_SAMPLER_ARG ?? 1);
  const share = chosen.endsWith('always_off')
    ? new AlwaysOffSampler()
    : chosen.endsWith('traceidratio') && ratio >= 0 && ratio <= 1
      ? new TraceIdRatioBasedSampler(ratio)
      : new AlwaysOnSampler();
  return new ParentBasedSampler({ root: new RequestRootSampler(share) });
}

function instrumentations() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation, ExpressLayerType } =
    require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.has(pathOf(request.url)),
    }),
    // Route handlers only: a span for each of cors, json and the guards says nothing the request span does not.
    new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
    // Parse, validate and execute; a span per resolver would cost more than the query it explains.
    new GraphQLInstrumentation({ ignoreResolveSpans: true }),
    // Statements only inside a traced request, not the pool's connects (the pool metric shows waiting); values never.
    new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true, enhancedDatabaseReporting: false }),
  ];
}

function pathOf(url: string | undefined): string {
  return (url ?? '/').split('?')[0];
}

/** For tests: the tracing started in this process, if any. */
export function runningTracing(): Tracing | null {
  return running;
}
