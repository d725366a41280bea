import { availableParallelism } from 'node:os';
import { AreaRequest, throughGateway } from './area-query';
import { readBenchConfig } from './config';
import { LoadResult, runLoad } from './load';
import { otlpSink } from './otlp-sink';
import { spawnBenchRegion, SpawnedRegion } from './spawned-region';
import { formatOverhead, MeasuredLoad, Round } from './tracing-report';

// Overhead of tracing on the federated area query: two copies of the bench region, each in its own
// process, one untraced (no SDK loaded: the default) and one traced (SDK, all instrumentations, every
// span exported over OTLP/HTTP to a sink in this process). Load alternates between them, A,B,A,B, so
// drift on a shared machine falls on both alike.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);

async function main(): Promise<void> {
  const config = readBenchConfig({ BENCH_SECONDS: '5', BENCH_CONCURRENCY: '8', ...process.env });
  const sink = await otlpSink();
  const regions: SpawnedRegion[] = [];
  try {
    console.log('Starting the untraced and the traced region (one process each)...');
    regions.push(await spawnBenchRegion('untraced', {}));
    regions.push(await spawnBenchRegion('traced', { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url }));
    const [untraced, traced] = regions.map((region) => ({ region, request: checkedRequest(region) }));
    for (const side of [untraced, traced]) for (let i = 0; i < 20; i++) await side.request(); // warm-up: plans, connections
    const load = { concurrency: config.concurrency, seconds: config.seconds };
    const rounds: Round[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const a = await measured(untraced.region, () => runLoad(untraced.request, load));
      const b = await measured(traced.region, () => runLoad(traced.request, load));
      rounds.push({ untraced: a, traced: b });
      console.log(`  round ${round}: ${describe('untraced', a)}; ${describe('traced', b)}`);
    }
    console.log(
      formatOverhead({
        rounds,
        config,
        cores: availableParallelism(),
        node: process.version,
        exported: sink.received(),
      }),
    );
  } finally {
    for (const region of regions) await region.stop();
    await sink.close();
  }
}

/** A load run with the CPU time the region's process spent on it (robust to other work on a shared machine). */
async function measured(region: SpawnedRegion, run: () => Promise<LoadResult>): Promise<MeasuredLoad> {
  const before = region.cpuSeconds();
  const result = await run();
  return { ...result, cpuMsPerRequest: ((region.cpuSeconds() - before) * 1000) / Math.max(1, result.requests) };
}

function describe(name: string, load: MeasuredLoad): string {
  const failures = load.errors ? ` (${load.errors} errors: ${load.firstError})` : '';
  return `${name} ${load.perSecond.toFixed(1)}/s p50 ${load.p50Ms.toFixed(1)} ms ${load.cpuMsPerRequest.toFixed(1)} CPU ms/request${failures}`;
}

/** The area query through one region's gateway; an answer without all its targets counts as an error. */
function checkedRequest(region: SpawnedRegion): () => Promise<void> {
  const request: AreaRequest = throughGateway(region.ready.gatewayUrl, {
    token: region.ready.token,
    signal: new AbortController().signal,
  });
  return async () => {
    const answer = await request(region.ready.areaCode);
    if (answer.targetCount !== region.ready.targetCount) throw new Error(`answered ${answer.targetCount} targets`);
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
