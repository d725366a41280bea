import {
  flag,
  httpUrl,
  logLevel,
  port,
  postgresUrl,
  readAuthSettings,
  readEnvironment,
  regionCode,
  regionPorts,
} from '@laa/config';
import { ensureDatabase } from '@laa/database';
import { z } from 'zod';
import { SubgraphDefinition } from './definition';
import { createLogger } from './logger';
import { startSubgraph } from './start';

/** Runs one subgraph as its own process (production): every setting comes from the environment. */
export async function runSubgraphFromEnvironment<S>(definition: SubgraphDefinition<S>): Promise<void> {
  const env = readEnvironment(`the ${definition.name} subgraph`, {
    REGION: regionCode,
    DATABASE_URL: postgresUrl,
    PORT: port().optional(),
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: logLevel,
    SEED_DEMO: flag(false),
    PARTNERS_URL: httpUrl.optional(),
    EVIDENCE_URL: httpUrl.optional(),
    AGREEMENTS_URL: httpUrl.optional(),
  });
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
    peers: { partners: env.PARTNERS_URL, evidence: env.EVIDENCE_URL, agreements: env.AGREEMENTS_URL },
    log,
    seedDemo: env.SEED_DEMO,
  });
  const stop = () => running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
