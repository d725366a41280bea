import 'reflect-metadata';
import { SERVICE_NAMES, ServiceName } from '@laa/config';
import { RegionCode } from '@laa/domain';
import {
  buildServices,
  dropTestDatabase,
  freshDatabaseUrl,
  ProductionRegion,
  startProductionRegion,
  testDatabaseServer,
} from '@laa/testing';
import { cpus, loadavg } from 'node:os';

/**
 * A region as production runs it (five compiled processes on the PostgreSQL server, no demo data):
 * seconds from the first spawn to the gateway's /ready, on a fresh database (migrations and reference
 * data) and again on the migrated one, and each service's resident memory once ready.
 */
const COMMAND = 'npm run bench:production-region';
const REGION: RegionCode = 'E12000003';
const SECRET = 'a-production-secret-for-the-production-region-bench';

async function timedStart(databaseUrl: string): Promise<{ seconds: number; region: ProductionRegion }> {
  const started = process.hrtime.bigint();
  const region = await startProductionRegion({ region: REGION, databaseUrl, secret: SECRET });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, region };
}

/** Each service: seconds from spawn to /health on the fresh and the migrated database, and its RSS once ready. */
function serviceLines(fresh: ProductionRegion, again: ProductionRegion): string[] {
  const seconds = (region: ProductionRegion, name: ServiceName) =>
    `${(region.services[name].secondsToHealth() ?? 0).toFixed(1)} s`.padStart(8);
  const rows = SERVICE_NAMES.map((name) => {
    const kb = again.services[name].residentKb() ?? 0;
    return {
      kb,
      line: `  ${name.padEnd(11)} ${seconds(fresh, name)} ${seconds(again, name)} ${`${(kb / 1024).toFixed(0)} MB`.padStart(9)}`,
    };
  });
  const total = rows.reduce((sum, row) => sum + row.kb, 0);
  return [
    '  service     to /health (fresh, migrated)     RSS',
    ...rows.map((row) => row.line),
    `  ${'total'.padEnd(29)} ${`${(total / 1024).toFixed(0)} MB`.padStart(9)}`,
  ];
}

async function main(): Promise<void> {
  const server = await testDatabaseServer();
  if (!server) throw new Error('Needs a PostgreSQL server: TEST_DATABASE_URL, DATABASE_URL or one on 127.0.0.1:5432');
  const buildStarted = Date.now();
  buildServices();
  const buildSeconds = (Date.now() - buildStarted) / 1000;
  const databaseUrl = freshDatabaseUrl(server, 'bench_production');
  try {
    const fresh = await timedStart(databaseUrl);
    await fresh.region.stop();
    const again = await timedStart(databaseUrl);
    const lines = [
      `Production-shape region: ${COMMAND}`,
      `  region    ${REGION}, five processes (node dist/out-tsc/apps/<service>/src/main.js, NODE_ENV=production), no demo data`,
      `  machine   ${cpus().length} cores, Node ${process.version}, ${process.platform}/${process.arch}; PostgreSQL server, fresh test database; load average ${loadavg()[0].toFixed(1)}`,
      '',
      `  build (tools/scripts/build-services.sh)          ${buildSeconds.toFixed(1)} s`,
      `  start to ready, fresh database (migrate, seed)   ${fresh.seconds.toFixed(1)} s`,
      `  start to ready, migrated database                ${again.seconds.toFixed(1)} s`,
      '',
      'Each service (its own process, all five started at once): seconds to its first /health; resident memory once ready:',
      ...serviceLines(fresh.region, again.region),
    ];
    await again.region.stop();
    console.log(lines.join('\n'));
  } finally {
    await dropTestDatabase(databaseUrl);
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
