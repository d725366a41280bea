import { SUBGRAPH_NAMES, SubgraphName } from '@laa/config';
import { EmbeddedPostgres, startEmbeddedPostgres } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { RunningRegion, startRegion } from '@laa/platform';
import { createLogger } from '@laa/subgraph';
import { dropTestDatabase, freshDatabaseUrl, TEST_AUTH_SECRET, testDatabaseServer } from '@laa/testing';

export type DatabaseKind = 'server' | 'embedded';

/** A region started the way startTestRegion does, but keeping the database URL for direct SQL. */
export interface BenchRegion {
  region: RunningRegion;
  databaseKind: DatabaseKind;
  databaseUrl: string;
  authSecret: string;
  /** Stops the region and drops its database (or stops PGlite); safe to call twice. */
  stop(): Promise<void>;
}

const FREE_PORTS = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>;

// startRegion sizes embedded PGlite for 4 subgraphs x 4 pooled connections + 4; one more for our SQL client.
const EMBEDDED_MAX_CONNECTIONS = SUBGRAPH_NAMES.length * 4 + 5;

/**
 * Replicates startTestRegion (fresh database on the server if one answers, else embedded PGlite, free
 * loopback ports, the harness's auth secret), because TestRegion only exposes a redacted description
 * of its database and the benchmark must write targets with SQL.
 */
export async function startBenchRegion(code: RegionCode, options: { forceEmbedded: boolean; seedDemo?: boolean }): Promise<BenchRegion> {
  const server = options.forceEmbedded ? null : await testDatabaseServer();
  const database = server ? serverDatabase(server, code) : await embeddedDatabase();
  try {
    const region = await withoutNewSignalListeners(() => startRegion({
      region: code,
      // An embedded database is started here so its URL is known; the region sees it as a server.
      database: { kind: 'server', url: database.url },
      gatewayPort: 0,
      subgraphPorts: FREE_PORTS,
      host: '127.0.0.1',
      auth: { secret: TEST_AUTH_SECRET, production: false },
      seedDemo: options.seedDemo ?? true,
      log: createLogger({ test: true }, 'silent'),
    }));
    return {
      region,
      databaseKind: database.kind,
      databaseUrl: database.url,
      authSecret: TEST_AUTH_SECRET,
      stop: once(async () => {
        try {
          await region.stop();
        } finally {
          await database.release();
        }
      }),
    };
  } catch (error) {
    await database.release().catch(() => undefined);
    throw error;
  }
}

interface BenchDatabase {
  kind: DatabaseKind;
  url: string;
  release(): Promise<void>;
}

function serverDatabase(server: string, code: RegionCode): BenchDatabase {
  const url = freshDatabaseUrl(server, code);
  return { kind: 'server', url, release: () => dropTestDatabase(url) };
}

async function embeddedDatabase(): Promise<BenchDatabase> {
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ maxConnections: EMBEDDED_MAX_CONNECTIONS });
  return { kind: 'embedded', url: embedded.url, release: () => embedded.stop() };
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
