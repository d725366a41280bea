import {
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  SUBGRAPH_NAMES,
  SUBGRAPH_TOPOLOGY,
  ServiceName,
  ServiceVariable,
  serviceVariables,
} from '@laa/config';
import { RegionCode } from '@laa/domain';

/** Every service listens on this port in its container (docker/service.Dockerfile sets PORT and HOST too). */
export const CONTAINER_PORT = 4000;
/** The Secret of each region's namespace: the registry's secret variables, one key each. */
export const SECRET_NAME = 'region-secrets';
/** Where the console is served from: the gateways' CORS_ORIGINS (edit in the ConfigMap, or here and regenerate). */
export const CONSOLE_ORIGIN = 'https://laa-console.example';

const PEER_URLS: Record<string, string> = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [SUBGRAPH_TOPOLOGY[name].urlVariable, `http://${name}:${CONTAINER_PORT}/graphql`]),
);

/**
 * The value each non-secret variable takes on a cluster. Empty means unset (the identity provider's
 * settings, until there is one). A variable the registry adds and this table lacks stops generation:
 * someone must decide its value for production.
 */
const CLUSTER_VALUES: Record<string, (region: RegionCode, service: ServiceName) => string> = {
  REGION: (region) => region,
  NODE_ENV: () => 'production',
  HOST: () => '0.0.0.0',
  PORT: () => String(CONTAINER_PORT),
  LOG_LEVEL: () => 'info',
  SEED_DEMO: () => 'false',
  // The reference data bundled in the image; mount a corrected copy and name its folder to re-import.
  REFERENCE_DATA_DIR: () => '',
  CORS_ORIGINS: () => CONSOLE_ORIGIN,
  RATE_LIMIT_PER_MINUTE: () => String(DEFAULT_RATE_LIMIT_PER_MINUTE),
  SAFELIST_COUNCIL_SYSTEMS: () => 'true',
  AUTH_ISSUER: () => '',
  AUTH_AUDIENCE: () => '',
  AUTH_JWKS_URL: () => '',
  AUTH_JWKS_FILE: () => '',
  // Tracing is off until a collector is named (e.g. http://otel-collector.observability:4318).
  OTEL_EXPORTER_OTLP_ENDPOINT: () => '',
  OTEL_SERVICE_NAME: (_region, service) => `laa-${service}`,
  ...Object.fromEntries(Object.entries(PEER_URLS).map(([name, url]) => [name, () => url])),
};

export interface ServiceSettings {
  /** Plain settings, for the service's ConfigMap. */
  plain: Record<string, string>;
  /** Secret settings, read from the region's Secret by the same key. */
  secret: string[];
}

/** What one service of a region is given on a cluster: every variable its entry point reads, from the registry. */
export function serviceSettings(service: ServiceName, region: RegionCode): ServiceSettings {
  const variables: ServiceVariable[] = serviceVariables(service);
  const plain: Record<string, string> = {};
  for (const variable of variables.filter((v) => !v.secret)) {
    const value = CLUSTER_VALUES[variable.name];
    if (!value)
      throw new Error(`No cluster value for ${variable.name} (read by ${service}): add it to tools/k8s/settings.ts`);
    plain[variable.name] = value(region, service);
  }
  return { plain, secret: variables.filter((v) => v.secret).map((v) => v.name) };
}
