import { availableParallelism } from 'node:os';
import { AreaRequest, throughGateway } from './area-query';
import { readBenchConfig } from './config';
import { runLoad } from './load';
import { otlpSink } from './otlp-sink';
import { spawnBenchRegion, SpawnedRegion } from './spawned-region';
import { formatOverhead, Round } from './tracing-report';

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
    const [untraced, traced] = regions.map((region) => checkedRequest(region));
    for (const request of [untraced, traced]) for (let i = 0; i < 20; i++) await request(); // warm-up: plans, connections
    const load = { concurrency: config.concurrency, seconds: config.seconds };
    const rounds: Round[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const a = await runLoad(untraced, load);
      const b = await runLoad(traced, load);
      rounds.push({ untraced: a, traced: b });
      console.log(`  round ${round}: untraced ${a.perSecond.toFixed(1)}/s p50 ${a.p50Ms.toFixed(1)} ms, traced ${b.perSecond.toFixed(1)}/s p50 ${b.p50Ms.toFixed(1)} ms`);
    }
    console.log(formatOverhead({ rounds, config, cores: availableParallelism(), node: process.version, exported: sink.received() }));
  } finally {
    for (const region of regions) await region.stop();
    await sink.close();
  }
}

/** The area query through one region's gateway; an answer without all its targets counts as an error. */
function checkedRequest(region: SpawnedRegion): () => Promise<void> {
  const request: AreaRequest = throughGateway(region.ready.gatewayUrl, { token: region.ready.token, signal: new AbortController().signal });
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
