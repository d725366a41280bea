import { logLevel, SUBGRAPH_NAMES, SubgraphName } from '@laa/config';
import { DatabaseConnection } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { RegionDatabase, RunningRegion, startRegion } from '@laa/platform';
import { createLogger } from '@laa/subgraph';
import { dropTestDatabase, freshDatabaseUrl, TEST_AUTH_SECRET, testDatabaseServer } from '@laa/testing';

export type DatabaseKind = 'server' | 'embedded';

/** A region started the way startTestRegion does, with its database's connection for direct SQL. */
export interface BenchRegion {
  region: RunningRegion;
  databaseKind: DatabaseKind;
  /** A server's URL, or the embedded database in process (pgClientConfig opens either). */
  databaseConnection: DatabaseConnection;
  authSecret: string;
  /** Stops the region and drops its database (or stops PGlite); safe to call twice. */
  stop(): Promise<void>;
}

const FREE_PORTS = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>;

/**
 * Replicates startTestRegion (fresh database on the server if one answers, else embedded PGlite in memory, free
 * loopback ports, the harness's auth secret), without the harness's signal handling: the benchmark owns shutdown.
 */
export async function startBenchRegion(
  code: RegionCode,
  options: { forceEmbedded: boolean; seedDemo?: boolean },
): Promise<BenchRegion> {
  const server = options.forceEmbedded ? null : await testDatabaseServer();
  const url = server ? freshDatabaseUrl(server, code) : null;
  const database: RegionDatabase = url ? { kind: 'server', url } : { kind: 'embedded' };
  const release = () => (url ? dropTestDatabase(url) : Promise.resolve());
  try {
    const region = await withoutNewSignalListeners(() =>
      startRegion({
        region: code,
        database,
        gatewayPort: 0,
        subgraphPorts: FREE_PORTS,
        host: '127.0.0.1',
        auth: { secret: TEST_AUTH_SECRET, production: false },
        seedDemo: options.seedDemo ?? true,
        // BENCH_LOG_LEVEL=error shows what a failed request logged (an internal error's cause).
        log: createLogger({ bench: true }, logLevel.parse(process.env.BENCH_LOG_LEVEL ?? 'silent')),
      }),
    );
    return {
      region,
      databaseKind: database.kind,
      databaseConnection: region.databaseConnection,
      authSecret: TEST_AUTH_SECRET,
      stop: once(async () => {
        try {
          await region.stop();
        } finally {
          await release();
        }
      }),
    };
  } catch (error) {
    await release().catch(() => undefined);
    throw error;
  }
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Apollo Server (outside NODE_ENV=test) adds SIGINT/SIGTERM listeners that stop it and re-raise the
 * signal, which would kill the process before the region's database is dropped: the benchmark owns
 * shutdown, so it removes the listeners the region added.
 */
async function withoutNewSignalListeners<T>(start: () => Promise<T>): Promise<T> {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  try {
    return await start();
  } finally {
    for (const signal of SHUTDOWN_SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
      }
    }
  }
}

function once(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= work());
}
