import { AuthSettings, SUBGRAPH_NAMES, SubgraphName } from '@laa/config';
import { DatabaseConnection, EmbeddedPostgres, ensureDatabase, startEmbeddedPostgres } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { startGateway } from '@laa/gateway';
import { Logger, PeerUrls, RunningSubgraph, startSubgraph } from '@laa/subgraph';
import { SUBGRAPHS } from './subgraphs';

/** Where a region keeps its data: an embedded PGlite folder (or memory), or a database on a server. */
export type RegionDatabase = { kind: 'embedded'; dataDir?: string } | { kind: 'server'; url: string };

export interface RegionOptions {
  region: RegionCode;
  database: RegionDatabase;
  /** 0 picks a free port. */
  gatewayPort: number;
  subgraphPorts: Record<SubgraphName, number>;
  host?: string;
  auth: AuthSettings;
  seedDemo: boolean;
  log: Logger;
  corsOrigins?: string[] | true;
}

export interface RunningRegion {
  region: RegionCode;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  database: string;
  /**
   * How tools and tests in this process go straight to the region's database (pgClientConfig, typeormConnection):
   * a server's URL, or the embedded database's in-process connections (it listens on no port).
   */
  databaseConnection: DatabaseConnection;
  stop(): Promise<void>;
}

const POOL_SIZE = 4;

/** Starts one region: its database, the four subgraphs (migrated and seeded) and its gateway. */
export async function startRegion(options: RegionOptions): Promise<RunningRegion> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const { connection, description, embedded } = await openRegionDatabase(options.database);
    if (embedded) stops.push(() => embedded.stop());
    const subgraphs: RunningSubgraph[] = [];
    // Filled in as each subgraph starts: peers are asked at request time, so every subgraph can reach every other.
    const peers: PeerUrls = {};
    for (const name of SUBGRAPH_NAMES) {
      const running = await startSubgraph(SUBGRAPHS[name], {
        region: options.region,
        databaseUrl: connection.url,
        databaseStream: connection.stream,
        port: options.subgraphPorts[name],
        host: options.host,
        auth: options.auth,
        log: options.log,
        seedDemo: options.seedDemo,
        poolSize: POOL_SIZE,
        peers,
      });
      peers[name] = running.url;
      stops.push(() => running.stop());
      subgraphs.push(running);
    }
    const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
    const gateway = await startGateway({
      region: options.region,
      port: options.gatewayPort,
      host: options.host,
      subgraphUrls,
      auth: options.auth,
      log: options.log,
      corsOrigins: options.corsOrigins,
    });
    stops.push(() => gateway.close());
    return {
      region: options.region,
      gatewayUrl: gateway.url,
      subgraphUrls,
      database: description,
      databaseConnection: connection,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function openRegionDatabase(database: RegionDatabase) {
  if (database.kind === 'server') {
    await ensureDatabase(database.url);
    const connection: DatabaseConnection = { url: database.url };
    return {
      connection,
      description: redactPassword(database.url),
      embedded: undefined as EmbeddedPostgres | undefined,
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: database.dataDir });
  return {
    connection: embedded.connection,
    description: `embedded PGlite (${database.dataDir ?? 'in memory'}, in process)`,
    embedded,
  };
}

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
