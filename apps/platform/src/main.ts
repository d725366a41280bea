// Tracing first: it instruments http, express, graphql and pg as they load (and only if OTEL_EXPORTER_OTLP_ENDPOINT is set).
import '@laa/telemetry/register';
import 'reflect-metadata';
import {
  DEFAULT_CONSOLE_PORT,
  DEFAULT_GATEWAY_PORT_BASE,
  DEFAULT_SUBGRAPH_PORT_BASE,
  flag,
  logLevel,
  optionalPostgresUrl,
  port,
  readAuthSettings,
  readEnvironment,
  regionDatabaseName,
  regionList,
  regionPorts,
} from '@laa/config';
import { withDatabase } from '@laa/database';
import { RegionCode, regionByCode } from '@laa/domain';
import { createLogger } from '@laa/subgraph';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { consoleRegions, serveConsole } from './console-server';
import { RegionDatabase, RunningRegion, startRegion } from './region';
import { startNewStoresFromTemplate } from './template-store';

/** The quick start: every chosen region (all nine by default), seeded, and the console, in one process. */
async function main(): Promise<void> {
  const started = Date.now();
  const env = readEnvironment('the platform launcher', {
    REGIONS: regionList,
    DATABASE_URL: optionalPostgresUrl,
    DATA_DIR: z.string().default('.data'),
    GATEWAY_PORT_BASE: port(DEFAULT_GATEWAY_PORT_BASE),
    SUBGRAPH_PORT_BASE: port(DEFAULT_SUBGRAPH_PORT_BASE),
    CONSOLE_PORT: port(DEFAULT_CONSOLE_PORT),
    HOST: z.string().default('127.0.0.1'),
    SEED_DEMO: flag(true),
    LOG_LEVEL: logLevel.default('warn'),
  });
  const auth = readAuthSettings('the platform launcher');
  const log = createLogger({ service: 'platform' }, env.LOG_LEVEL);
  const bases = { gateway: env.GATEWAY_PORT_BASE, subgraph: env.SUBGRAPH_PORT_BASE };
  const database = (region: RegionCode): RegionDatabase =>
    env.DATABASE_URL
      ? { kind: 'server', url: withDatabase(env.DATABASE_URL, regionDatabaseName(region)) }
      : { kind: 'embedded', dataDir: resolve(join(env.DATA_DIR, region)) };

  console.log(
    `Starting ${env.REGIONS.length} region(s) on ${env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PostgreSQL (PGlite)'}...`,
  );
  if (!env.DATABASE_URL && env.SEED_DEMO) {
    const dataDirs = env.REGIONS.map((region) => resolve(join(env.DATA_DIR, region)));
    // New regions' stores start as copies of one with the national demo evidence imported and derived once.
    const copied = await startNewStoresFromTemplate(dataDirs, resolve(join(env.DATA_DIR, '.national-evidence')), log);
    if (copied > 0) console.log(`  national evidence imported once, copied into ${copied} new region stores`);
  }
  const regions = await startInTurn(env.REGIONS, 3, async (region) => {
    const ports = regionPorts(region, bases);
    const running = await startRegion({
      region,
      database: database(region),
      gatewayPort: ports.gateway,
      subgraphPorts: ports.subgraphs,
      host: env.HOST,
      auth,
      seedDemo: env.SEED_DEMO,
      log,
    });
    console.log(`  ${regionByCode(region).name} ready`);
    return running;
  });
  const gatewayUrls = new Map(regions.map((r) => [r.region, r.gatewayUrl]));
  const consoleServer = await serveConsole({
    port: env.CONSOLE_PORT,
    host: env.HOST,
    environment: auth.production ? 'production' : 'development',
    developmentAuthSecret: auth.production ? undefined : auth.secret,
    regions: consoleRegions(gatewayUrls, (n) => `http://127.0.0.1:${bases.gateway + n}/graphql`),
  }).catch((error: Error) => {
    console.warn(`Console not started: ${error.message}`);
    return undefined;
  });
  printWhereEverythingIs(regions, consoleServer?.url ?? 'not running', Date.now() - started);

  const stop = async () => {
    console.log('Stopping...');
    await consoleServer?.close();
    await Promise.all(regions.map((r) => r.stop()));
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Starts regions a few at a time: PGlite is CPU-bound and this machine may have two cores. */
async function startInTurn(
  codes: RegionCode[],
  concurrency: number,
  start: (code: RegionCode) => Promise<RunningRegion>,
): Promise<RunningRegion[]> {
  const results: RunningRegion[] = [];
  const queue = [...codes];
  const worker = async () => {
    for (let code = queue.shift(); code; code = queue.shift()) results.push(await start(code));
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, codes.length) }, worker));
  return results.sort((a, b) => a.region.localeCompare(b.region));
}

function printWhereEverythingIs(regions: RunningRegion[], consoleUrl: string, elapsedMs: number): void {
  const local = (url: string) => url.replace('127.0.0.1', 'localhost');
  console.log(`\nLAA Platform ready in ${(elapsedMs / 1000).toFixed(1)} s\n`);
  console.log(`  Console (national view)  ${local(consoleUrl)}\n`);
  for (const region of regions) {
    console.log(`  ${region.region} ${regionByCode(region.region).name}`);
    console.log(`    gateway    ${local(region.gatewayUrl)}`);
    const subgraphs = Object.entries(region.subgraphUrls).map(([name, url]) => `${name} ${new URL(url).port}`);
    console.log(`    subgraphs  ${subgraphs.join(', ')}`);
    console.log(`    database   ${region.database}`);
  }
  console.log('\nPress Ctrl+C to stop. Data persists between starts.');
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
