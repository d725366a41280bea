import { z } from 'zod';
import { AUTH_VARIABLES } from './auth';
import { readEnvironment } from './environment';
import { SERVICE_NAMES, serviceCalls, ServiceName, SUBGRAPH_TOPOLOGY, SubgraphName } from './topology';
import { flag, httpUrl, logLevel, optionalHttpUrl, port, postgresUrl, regionCode } from './variables';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** Tracing (read by @laa/telemetry/register before anything else loads): off unless an OTLP endpoint is set. */
export const TELEMETRY_VARIABLES = {
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalHttpUrl,
  OTEL_SERVICE_NAME: z.string().optional(),
};

/** What every subgraph reads, besides its peers' addresses and the AUTH_* settings. */
export const SUBGRAPH_VARIABLES = {
  REGION: regionCode,
  DATABASE_URL: postgresUrl,
  PORT: port().optional(),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: logLevel,
  SEED_DEMO: flag(false),
  /** A corrected copy of the reference data (read by @laa/reference-data at every start; listed here so deployments know it). */
  REFERENCE_DATA_DIR: z.string().optional(),
  ...TELEMETRY_VARIABLES,
};

/** What the gateway reads, besides the subgraphs' addresses and the AUTH_* settings. */
export const GATEWAY_VARIABLES = {
  REGION: regionCode,
  PORT: port().optional(),
  HOST: z.string().default('127.0.0.1'),
  CORS_ORIGINS: z.string().default('http://localhost:4200'),
  LOG_LEVEL: logLevel,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMIT_PER_MINUTE),
  SAFELIST_COUNCIL_SYSTEMS: flag(true),
  ...TELEMETRY_VARIABLES,
};

/** Values that must never reach a log or a plain (non-secret) deployment setting: the signing secret, the database password. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['AUTH_SECRET', 'DATABASE_URL']);
/** Variables with a development default that production refuses, so a deployment must set them. */
const REQUIRED_IN_PRODUCTION: ReadonlySet<string> = new Set(['AUTH_SECRET']);

/** One environment variable a service reads, as a deployment must know it. */
export interface ServiceVariable {
  name: string;
  /** The service refuses to start (in production) without it. */
  required: boolean;
  /** Keep it in a secret store, never in plain configuration or logs. */
  secret: boolean;
}

/** The URL variables of the subgraphs a service calls (each required: a missing address fails at start, not per request). */
function peerUrlShape(service: ServiceName): Record<string, typeof httpUrl> {
  return Object.fromEntries(serviceCalls(service).map((peer) => [SUBGRAPH_TOPOLOGY[peer].urlVariable, httpUrl]));
}

function environmentShape(service: ServiceName): Record<string, z.ZodType> {
  const own = service === 'gateway' ? GATEWAY_VARIABLES : SUBGRAPH_VARIABLES;
  return { ...own, ...peerUrlShape(service), ...AUTH_VARIABLES };
}

/** Every variable a service's entry point reads: what a deployment file or manifest must provide. */
export function serviceVariables(service: ServiceName): ServiceVariable[] {
  return Object.entries(environmentShape(service)).map(([name, schema]) => ({
    name,
    required: REQUIRED_IN_PRODUCTION.has(name) || !schema.safeParse(undefined).success,
    secret: SECRET_VARIABLES.has(name),
  }));
}

/** Every service's variables, by service. */
export function allServiceVariables(): Record<ServiceName, ServiceVariable[]> {
  return Object.fromEntries(SERVICE_NAMES.map((service) => [service, serviceVariables(service)])) as Record<
    ServiceName,
    ServiceVariable[]
  >;
}

function peerUrls(service: ServiceName, values: Record<string, unknown>): Partial<Record<SubgraphName, string>> {
  return Object.fromEntries(
    serviceCalls(service).map((peer) => [peer, String(values[SUBGRAPH_TOPOLOGY[peer].urlVariable])]),
  );
}

/** A subgraph's own settings and the addresses of the peers it calls; every problem listed at once. */
export function readSubgraphEnvironment(name: SubgraphName, env: NodeJS.ProcessEnv = process.env) {
  const values: Record<string, unknown> = readEnvironment(
    `the ${name} subgraph`,
    { ...SUBGRAPH_VARIABLES, ...peerUrlShape(name) },
    env,
  );
  // Read again through the typed shape (already validated above) for typed values.
  return { ...z.object(SUBGRAPH_VARIABLES).parse(env), peers: peerUrls(name, values) };
}

/** The gateway's own settings and every subgraph's address. */
export function readGatewayEnvironment(env: NodeJS.ProcessEnv = process.env) {
  const values: Record<string, unknown> = readEnvironment(
    'the gateway',
    { ...GATEWAY_VARIABLES, ...peerUrlShape('gateway') },
    env,
  );
  return {
    ...z.object(GATEWAY_VARIABLES).parse(env),
    subgraphUrls: peerUrls('gateway', values) as Record<SubgraphName, string>,
  };
}
