import { SUBGRAPH_NAMES, SUBGRAPH_TOPOLOGY, SubgraphName } from '@laa/config';
import { gatewayKey, GATEWAY_KEY_HEADER } from '@laa/identity';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answers, BenchProcess, freePort, readyLine, spawnBenchProcess } from './bench-process';
import { BENCH_REGION } from './config';
import type { GatewaysRegion } from './gateways-region-process';

// The processes of the gateway benchmark: the subgraphs, the project's gateway and Hive Gateway, each its own.

const ROOT = join(__dirname, '..', '..');
const HIVE_DIR = join(ROOT, 'tools', 'bench', 'hive');
const HIVE_BIN = join(HIVE_DIR, 'node_modules', '.bin', 'hive-gateway');
const SUPERGRAPH = join(ROOT, 'apps', 'gateway', 'supergraph.graphql');
const NODE_TS = { NODE_OPTIONS: '', SWC_NODE_PROJECT: 'tsconfig.base.json', OTEL_EXPORTER_OTLP_ENDPOINT: '' };

/** Hive Gateway is the benchmark's only: installed into tools/bench/hive (its own package and lock file) when absent. */
export function ensureHive(): void {
  if (existsSync(HIVE_BIN)) return;
  console.log('Installing @graphql-hive/gateway into tools/bench/hive (benchmark only)...');
  execFileSync('npm', ['install', '--prefix', HIVE_DIR, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
}

export async function startRegion(): Promise<{ process: BenchProcess; region: GatewaysRegion }> {
  let line = '';
  const process = await spawnBenchProcess(
    'subgraphs',
    globalThis.process.execPath,
    ['-r', '@swc-node/register', 'tools/bench/gateways-region-process.ts'],
    {
      cwd: ROOT,
      env: NODE_TS,
      ready: async (output) => void (line = await readyLine(output)),
    },
  );
  return { process, region: JSON.parse(line) as GatewaysRegion };
}

/** The project's gateway as `npm start` runs it (development loader), its own process. */
export async function startOurGateway(region: GatewaysRegion): Promise<{ process: BenchProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const subgraphEnv = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [SUBGRAPH_TOPOLOGY[name].urlVariable, region.subgraphUrls[name]]),
  );
  const process = await spawnBenchProcess(
    '@apollo/gateway',
    globalThis.process.execPath,
    ['-r', '@swc-node/register', 'apps/gateway/src/main.ts'],
    {
      cwd: ROOT,
      // The rate limit is per caller per minute; one worker at one request at a time passes 600 in a run.
      env: {
        ...NODE_TS,
        ...subgraphEnv,
        REGION: BENCH_REGION,
        PORT: String(port),
        HOST: '127.0.0.1',
        AUTH_SECRET: region.authSecret,
        RATE_LIMIT_PER_MINUTE: '10000000',
        LOG_LEVEL: 'error',
      },
      ready: () => answers(() => probe(url)),
    },
  );
  return { process, url };
}

/** Hive Gateway on the region's supergraph (subgraph URLs filled in), forwarding what @apollo/gateway forwards. */
export async function startHive(
  work: string,
  region: GatewaysRegion,
  deduplicate: boolean,
): Promise<{ process: BenchProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const config = join(work, `hive-${deduplicate ? 'dedup' : 'nodedup'}.config.mjs`);
  writeFileSync(config, hiveConfig(gatewayKey(region.authSecret), deduplicate));
  const process = await spawnBenchProcess(
    `Hive Gateway, dedup ${deduplicate ? 'on' : 'off'}`,
    HIVE_BIN,
    ['supergraph', join(work, 'supergraph.graphql'), '--port', String(port), '--host', '127.0.0.1', '-c', config],
    {
      cwd: work,
      env: { NODE_OPTIONS: '' },
      ready: () => answers(() => probe(url)),
    },
  );
  return { process, url };
}

/** The caller's token and the gateway's key to every subgraph, as AuthenticatedDataSource sends them. */
function hiveConfig(key: string, deduplicate: boolean): string {
  return `export const gatewayConfig = {
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '', '${GATEWAY_KEY_HEADER}': ${JSON.stringify(key)} }),
  },
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: ${deduplicate} } } },
};
`;
}

export function supergraphWithUrls(urls: Record<SubgraphName, string>): string {
  return readFileSync(SUPERGRAPH, 'utf8').replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (_, name: SubgraphName) => `@join__graph(name: "${name}", url: "${urls[name]}")`,
  );
}

function probe(url: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
}
