// Tracing first: it instruments http, express and graphql as they load (and only if OTEL_EXPORTER_OTLP_ENDPOINT is set).
import '@laa/telemetry/register';
import 'reflect-metadata';
import { readAuthSettings, readGatewayEnvironment, regionPorts } from '@laa/config';
import { createLogger, stopOnTermination } from '@laa/subgraph';
import { startGateway } from './gateway';

/** Runs one region's gateway as its own process (production); its settings and the subgraphs' addresses come from the environment. */
async function main(): Promise<void> {
  const env = readGatewayEnvironment();
  const auth = readAuthSettings('the gateway');
  const log = createLogger({}, env.LOG_LEVEL);
  const running = await startGateway({
    region: env.REGION,
    port: env.PORT ?? regionPorts(env.REGION).gateway,
    host: env.HOST,
    subgraphUrls: env.subgraphUrls,
    corsOrigins: env.CORS_ORIGINS.split(',').map((origin) => origin.trim()),
    auth,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    safelistOnlyForCouncilSystems: env.SAFELIST_COUNCIL_SYSTEMS,
    processMetrics: true,
    log,
  });
  stopOnTermination(() => running.close(), log.child({ service: 'gateway', region: env.REGION }));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
