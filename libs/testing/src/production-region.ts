import { SERVICE_NAMES, serviceCalls, ServiceName, SUBGRAPH_TOPOLOGY } from '@laa/config';
import { ensureDatabase } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { DevelopmentUser, issueToken } from '@laa/identity';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { GraphqlResponse, postGraphql } from './region-harness';

const ROOT = join(__dirname, '..', '..', '..');
/** How long a service may take to answer /health: migrations and reference data on two cores shared with CI. */
const START_TIMEOUT_MS = 300_000;

/** The compiled entry point of a service (npm run build: tsc + tsc-alias into dist/out-tsc). */
export const compiledMain = (service: ServiceName) => join(ROOT, 'dist', 'out-tsc', 'apps', service, 'src', 'main.js');

/** Builds every service as production does (tools/scripts/build-services.sh). */
export function buildServices(): void {
  execFileSync('bash', [join(ROOT, 'tools', 'scripts', 'build-services.sh')], { cwd: ROOT, stdio: 'pipe' });
}

export interface ProductionService {
  name: ServiceName;
  port: number;
  /** Where it answers GraphQL; /health and /ready beside it. */
  url: string;
  pid(): number | undefined;
  /** Seconds from its spawn to its first answer on /health, at its latest start. */
  secondsToHealth(): number | undefined;
  /** Resident memory in kB, read from /proc (Linux). */
  residentKb(): number | undefined;
  output(): string;
}

export interface ProductionRegion {
  region: RegionCode;
  gatewayUrl: string;
  services: Record<ServiceName, ProductionService>;
  /** Starts (or restarts) a service's process and waits until it answers /health. */
  start(service: ServiceName): Promise<void>;
  /** Sends a signal and waits for the process to exit; resolves with its exit code (null when the signal killed it). */
  signal(service: ServiceName, signal: NodeJS.Signals): Promise<number | null>;
  /** Waits until the gateway's /ready answers 200 (every subgraph up). */
  ready(timeoutMs?: number): Promise<void>;
  tokenFor(user: DevelopmentUser): Promise<string>;
  query<D = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string },
  ): Promise<GraphqlResponse<D>>;
  /** Stops every process still running (SIGTERM). */
  stop(): Promise<void>;
}

export interface ProductionRegionOptions {
  region: RegionCode;
  databaseUrl: string;
  /** A production secret (not the development one). */
  secret: string;
  logLevel?: string;
}

/**
 * Runs one region the way production does: each subgraph and the gateway its own process from the
 * compiled output, NODE_ENV=production, every setting and peer address from the environment as the
 * topology registry says, on a PostgreSQL server, without demo data.
 */
export async function startProductionRegion(options: ProductionRegionOptions): Promise<ProductionRegion> {
  await ensureDatabase(options.databaseUrl);
  const ports = Object.fromEntries(
    await Promise.all(SERVICE_NAMES.map(async (name) => [name, await freePort()])),
  ) as Record<ServiceName, number>;
  const urlOf = (name: ServiceName) => `http://127.0.0.1:${ports[name]}/graphql`;
  const processes = new Map<ServiceName, { child: ChildProcess; output: string; seconds?: number }>();
  const start = async (name: ServiceName) => {
    const spawned = Date.now();
    const child = spawn(process.execPath, [compiledMain(name)], {
      cwd: ROOT,
      env: environmentOf(name, options, ports[name], urlOf),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const entry: { child: ChildProcess; output: string; seconds?: number } = { child, output: '' };
    const keep = (chunk: Buffer) => (entry.output = (entry.output + chunk.toString()).slice(-20_000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    processes.set(name, entry);
    await waitFor(
      `${name} /health`,
      () => answers(new URL('/health', urlOf(name))),
      START_TIMEOUT_MS,
      () => entry.output,
      child,
    );
    entry.seconds = (Date.now() - spawned) / 1000;
  };
  const services = Object.fromEntries(
    SERVICE_NAMES.map((name) => [
      name,
      {
        name,
        port: ports[name],
        url: urlOf(name),
        pid: () => processes.get(name)?.child.pid,
        secondsToHealth: () => processes.get(name)?.seconds,
        residentKb: () => residentKb(processes.get(name)?.child.pid),
        output: () => processes.get(name)?.output ?? '',
      },
    ]),
  ) as Record<ServiceName, ProductionService>;
  const signal = async (name: ServiceName, sent: NodeJS.Signals) => {
    const child = processes.get(name)?.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    child.kill(sent);
    return (await exit)[0];
  };
  const region: ProductionRegion = {
    region: options.region,
    gatewayUrl: urlOf('gateway'),
    services,
    start,
    signal,
    ready: (timeoutMs = 60_000) =>
      waitFor(
        'the gateway /ready',
        () => answers(new URL('/ready', urlOf('gateway'))),
        timeoutMs,
        () => services.gateway.output(),
      ),
    tokenFor: (user) => issueToken(options.secret, user),
    query: (query, { variables, token } = {}) => postGraphql(urlOf('gateway'), query, variables, token),
    async stop() {
      await Promise.all(SERVICE_NAMES.map((name) => signal(name, 'SIGTERM')));
    },
  };
  try {
    await Promise.all(SERVICE_NAMES.map(start));
    await region.ready();
  } catch (error) {
    await region.stop();
    throw error;
  }
  return region;
}

/** Exactly what a deployment gives the service: its own settings and the address of each subgraph it calls. */
function environmentOf(
  name: ServiceName,
  options: ProductionRegionOptions,
  port: number,
  urlOf: (name: ServiceName) => string,
): NodeJS.ProcessEnv {
  const peers = Object.fromEntries(
    serviceCalls(name).map((peer) => [SUBGRAPH_TOPOLOGY[peer].urlVariable, urlOf(peer)]),
  );
  const own = name === 'gateway' ? {} : { DATABASE_URL: options.databaseUrl, SEED_DEMO: 'false' };
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    AUTH_SECRET: options.secret,
    REGION: options.region,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...own,
    ...peers,
  };
}

async function answers(url: URL): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
  return response?.ok ?? false;
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  output: () => string,
  child?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (child && child.exitCode !== null)
      throw new Error(`${what}: the process exited with ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`${what}: no answer within ${timeoutMs} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function residentKb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
