import { SUBGRAPH_NAMES, SubgraphName } from '@laa/config';
import { RegionCode } from '@laa/domain';
import { GATEWAY_KEY_HEADER, gatewayKey, issueToken } from '@laa/identity';
import { createLogger } from '@laa/subgraph';
import {
  dropTestDatabase,
  freshDatabaseUrl,
  postGraphql,
  TEST_AUTH_SECRET,
  TestRegion,
  testDatabaseServer,
} from '@laa/testing';
import { RegionDatabase, RunningRegion, startRegion } from '../region';

const FREE_PORTS = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 0])) as Record<SubgraphName, number>;

/** Starts a whole region on free ports against the database given (one a test made or restored), with the test secret. */
export function startRegionOn(
  region: RegionCode,
  database: RegionDatabase,
  options: { seedDemo: boolean },
): Promise<RunningRegion> {
  return startRegion({
    region,
    database,
    gatewayPort: 0,
    subgraphPorts: FREE_PORTS,
    auth: { secret: TEST_AUTH_SECRET, production: false },
    seedDemo: options.seedDemo,
    log: createLogger({ test: true }, 'silent'),
  });
}

/**
 * Starts a whole region on free ports against a fresh database: the server if there is one, else PGlite
 * (or PGlite in memory whatever answers, with `database: 'embedded'`, as the quick start runs).
 */
export async function startTestRegion(
  region: RegionCode,
  options: { seedDemo?: boolean; database?: 'embedded' } = {},
): Promise<TestRegion> {
  const server = options.database === 'embedded' ? null : await testDatabaseServer();
  const databaseUrl = server ? freshDatabaseUrl(server, region) : null;
  const database: RegionDatabase = databaseUrl ? { kind: 'server', url: databaseUrl } : { kind: 'embedded' };
  const running = await startRegionOn(region, database, { seedDemo: options.seedDemo ?? true });
  return {
    ...running,
    databaseKind: database.kind,
    tokenFor: (user, ttlSeconds) => issueToken(TEST_AUTH_SECRET, user, ttlSeconds),
    // Straight to a subgraph, the harness stands in for the gateway (its key) unless a token is given.
    query: (query, { variables, token, subgraph } = {}) =>
      subgraph
        ? postGraphql(
            running.subgraphUrls[subgraph],
            query,
            variables,
            token,
            token ? {} : { [GATEWAY_KEY_HEADER]: gatewayKey(TEST_AUTH_SECRET) },
          )
        : postGraphql(running.gatewayUrl, query, variables, token),
    async stop() {
      await running.stop();
      if (databaseUrl) await dropTestDatabase(databaseUrl);
    },
  };
}
