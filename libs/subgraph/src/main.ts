import { readAuthSettings, readSubgraphEnvironment, regionPorts } from '@laa/config';
import { ensureDatabase } from '@laa/database';
import { SubgraphDefinition } from './definition';
import { createLogger } from './logger';
import { stopOnTermination } from './termination';
import { startSubgraph } from './start';

/** Runs one subgraph as its own process (production): every setting, its peers' addresses too, comes from the environment. */
export async function runSubgraphFromEnvironment<S>(definition: SubgraphDefinition<S>): Promise<void> {
  const env = readSubgraphEnvironment(definition.name);
  const auth = readAuthSettings(`the ${definition.name} subgraph`);
  const log = createLogger({ service: definition.name }, env.LOG_LEVEL);
  await ensureDatabase(env.DATABASE_URL).catch((error: Error) =>
    log.warn('could not check or create the database; connecting anyway', { reason: error.message }),
  );
  const running = await startSubgraph(definition, {
    region: env.REGION,
    databaseUrl: env.DATABASE_URL,
    port: env.PORT ?? regionPorts(env.REGION).subgraphs[definition.name],
    host: env.HOST,
    auth,
    peers: env.peers,
    log,
    seedDemo: env.SEED_DEMO,
    processMetrics: true,
  });
  stopOnTermination(() => running.stop(), log);
}
