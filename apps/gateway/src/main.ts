import 'reflect-metadata';
import { flag, httpUrl, logLevel, port, readAuthSettings, readEnvironment, regionCode, regionPorts } from '@laa/config';
import { createLogger } from '@laa/subgraph';
import { z } from 'zod';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, startGateway } from './gateway';

/** Runs one region's gateway as its own process (production). */
async function main(): Promise<void> {
  const env = readEnvironment('the gateway', {
    REGION: regionCode,
    PORT: port().optional(),
    HOST: z.string().default('127.0.0.1'),
    EVIDENCE_URL: httpUrl,
    AGREEMENTS_URL: httpUrl,
    PARTNERS_URL: httpUrl,
    SIGNOFF_URL: httpUrl,
    CORS_ORIGINS: z.string().default('http://localhost:4200'),
    LOG_LEVEL: logLevel,
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMIT_PER_MINUTE),
    SAFELIST_COUNCIL_SYSTEMS: flag(true),
  });
  const auth = readAuthSettings('the gateway');
  const running = await startGateway({
    region: env.REGION,
    port: env.PORT ?? regionPorts(env.REGION).gateway,
    host: env.HOST,
    subgraphUrls: {
      evidence: env.EVIDENCE_URL,
      agreements: env.AGREEMENTS_URL,
      partners: env.PARTNERS_URL,
      signoff: env.SIGNOFF_URL,
    },
    corsOrigins: env.CORS_ORIGINS.split(',').map((origin) => origin.trim()),
    auth,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    safelistOnlyForCouncilSystems: env.SAFELIST_COUNCIL_SYSTEMS,
    log: createLogger({}, env.LOG_LEVEL),
  });
  const stop = () => running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
