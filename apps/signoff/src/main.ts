// Tracing first: it instruments http, express, graphql and pg as they load (and only if OTEL_EXPORTER_OTLP_ENDPOINT is set).
import '@laa/telemetry/register';
import 'reflect-metadata';
import { runSubgraphFromEnvironment } from '@laa/subgraph';
import { signoffSubgraph } from './subgraph';

void runSubgraphFromEnvironment(signoffSubgraph).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
