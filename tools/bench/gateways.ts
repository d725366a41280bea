import { gatewayKey, GATEWAY_KEY_HEADER, issueToken, Role } from '@laa/identity';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchProcess } from './bench-process';
import { BENCH_REGION, readBenchConfig, REQUEST_TIMEOUT_MS } from './config';
import { ensureHive, startHive, startOurGateway, startRegion, supergraphWithUrls } from './gateway-processes';
import { GatewayRun, formatGatewayReport, PathName, PATH_NAMES } from './gateways-report';
import { heavyDirect, HEAVY_OPERATION, Post, smallDirect, SMALL_OPERATION } from './gateway-queries';
import { runInterleaved } from './load';

// npm run bench:gateways. The project's @apollo/gateway beside GraphQL Hive Gateway (its in-flight deduplication of
// identical subgraph fetches on, and off) and the direct path (the query plan's fetches, merged by the client), in one
// interleaved run (each worker takes the four paths in turn), on the same running subgraphs. Each gateway and the
// subgraphs run in a process of their own, so each one's CPU is read from /proc; the load generator is this process.

/** Posts one operation as a caller (with the gateway's key, as the gateways send it to subgraphs); errors throw. */
function poster(token: string, key: string): Post {
  return async <D>(url: string, query: string, variables: Record<string, unknown>): Promise<D> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [GATEWAY_KEY_HEADER]: key },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json()) as { data?: D | null; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
    if (response.status !== 200 || !body.data) throw new Error(`${url}: HTTP ${response.status} without data`);
    return body.data;
  };
}

type Answer = (worker: number) => Promise<unknown>;

interface Query {
  name: string;
  paths: Record<PathName, Answer>;
}

async function main(): Promise<void> {
  const config = readBenchConfig();
  // BENCH_HIVE=0 leaves Hive Gateway out (no install): @apollo/gateway and the direct path only.
  const withHive = process.env.BENCH_HIVE !== '0';
  const pathNames = PATH_NAMES.filter((name) => withHive || !name.startsWith('Hive'));
  if (withHive) ensureHive();
  const work = mkdtempSync(join(tmpdir(), 'laa-bench-gateways-'));
  const started: BenchProcess[] = [];
  try {
    const hiveToo = withHive ? ' and Hive Gateway (dedup on, off)' : '';
    console.log(`Starting the subgraphs, @apollo/gateway${hiveToo}, each its own process...`);
    const { process: subgraphs, region } = await startRegion();
    started.push(subgraphs);
    writeFileSync(join(work, 'supergraph.graphql'), supergraphWithUrls(region.subgraphUrls));
    const ours = await startOurGateway(region);
    started.push(ours.process);
    const hives = withHive ? await Promise.all([startHive(work, region, true), startHive(work, region, false)]) : [];
    started.push(...hives.map((g) => g.process));
    const absent = { url: '', process: null };
    const [hiveOn, hiveOff] = withHive ? hives : [absent, absent];
    const key = gatewayKey(region.authSecret);
    // Each worker is its own relationship manager: @apollo/gateway here runs at most 4 operations of one caller at once.
    const posts = await Promise.all(
      Array.from({ length: config.concurrency }, async (_, worker) =>
        poster(await workerToken(region.authSecret, worker), key),
      ),
    );
    const urls = region.subgraphUrls;
    const small = { code: region.smallAreaCode };
    const queries: Query[] = [
      {
        name: `small (area ${region.smallAreaCode}, 5 targets)`,
        paths: {
          '@apollo/gateway': (w) => posts[w](ours.url, SMALL_OPERATION, small),
          'Hive, dedup on': (w) => posts[w](hiveOn.url, SMALL_OPERATION, small),
          'Hive, dedup off': (w) => posts[w](hiveOff.url, SMALL_OPERATION, small),
          direct: (w) => smallDirect(urls, posts[w], region.smallAreaCode),
        },
      },
      {
        name: 'heavy (all areas of the region)',
        paths: {
          '@apollo/gateway': (w) => posts[w](ours.url, HEAVY_OPERATION, {}),
          'Hive, dedup on': (w) => posts[w](hiveOn.url, HEAVY_OPERATION, {}),
          'Hive, dedup off': (w) => posts[w](hiveOff.url, HEAVY_OPERATION, {}),
          direct: (w) => heavyDirect(urls, posts[w]),
        },
      },
    ];
    const processes: Record<PathName, BenchProcess | null> = {
      '@apollo/gateway': ours.process,
      'Hive, dedup on': hiveOn.process,
      'Hive, dedup off': hiveOff.process,
      direct: null,
    };
    const runs: GatewayRun[] = [];
    const equality: string[] = [];
    for (const query of queries) {
      equality.push(await compareAnswers(query, pathNames));
      for (const concurrency of [1, config.concurrency]) {
        runs.push(await measure(query, pathNames, concurrency, config.seconds, processes, subgraphs));
      }
    }
    console.log(
      formatGatewayReport({
        cores: availableParallelism(),
        node: globalThis.process.version,
        seconds: config.seconds,
        concurrency: config.concurrency,
        equality,
        runs,
        loadAverage: loadavg(),
      }),
    );
  } finally {
    await Promise.all(started.map((p) => p.stop()));
    rmSync(work, { recursive: true, force: true });
  }
}

/** One answer from each path (after a warm-up), compared as JSON text with the direct path's. */
async function compareAnswers(query: Query, names: readonly PathName[]): Promise<string> {
  const texts = new Map<PathName, string>();
  for (const name of names) {
    await query.paths[name](0);
    texts.set(name, JSON.stringify(await query.paths[name](0)));
  }
  const reference = texts.get('direct') ?? '';
  const differing = names.filter((name) => texts.get(name) !== reference);
  const size = `${(Buffer.byteLength(reference) / 1024).toFixed(1)} kB of JSON`;
  return differing.length
    ? `${query.name}: NOT EQUAL (${differing.join(', ')} differ from direct)`
    : `${query.name}: identical JSON on all ${names.length} paths, ${size}`;
}

async function measure(
  query: Query,
  names: readonly PathName[],
  concurrency: number,
  seconds: number,
  processes: Record<PathName, BenchProcess | null>,
  subgraphs: BenchProcess,
): Promise<GatewayRun> {
  const cpu = (name: PathName) => processes[name]?.cpuSeconds() ?? 0;
  const before = { paths: names.map(cpu), subgraphs: subgraphs.cpuSeconds(), client: process.cpuUsage() };
  const results = await runInterleaved(
    names.map((name) => query.paths[name]),
    { concurrency, seconds },
  );
  const client = process.cpuUsage(before.client);
  return {
    query: query.name,
    concurrency,
    paths: names.map((name, i) => ({
      name,
      result: results[i],
      cpuSeconds: processes[name] ? cpu(name) - before.paths[i] : null,
    })),
    subgraphCpuSeconds: subgraphs.cpuSeconds() - before.subgraphs,
    clientCpuSeconds: (client.user + client.system) / 1e6,
  };
}

function workerToken(secret: string, worker: number): Promise<string> {
  const grants = [{ role: Role.RELATIONSHIP_MANAGER, region: BENCH_REGION }];
  return issueToken(secret, { id: `bench-rm-${worker}`, name: `Benchmark relationship manager ${worker + 1}`, grants });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
