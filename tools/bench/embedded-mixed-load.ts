import 'reflect-metadata';
import { issueToken } from '@laa/identity';
import { LoadTarget, postGraphql, runMixedLoad } from '@laa/testing';
import { availableParallelism, loadavg } from 'node:os';
import { startBenchRegion } from './bench-region';
import { BENCH_REGION } from './config';

// Eight clients mixing federated reads and versioned target edits against one region (LOAD_CLIENTS, LOAD_REQUESTS
// per client), on the embedded database by default (BENCH_DATABASE=server for the PostgreSQL server): every answer
// counted by its error code, unanswered requests (LOAD_DEADLINE_MS) and 5xx apart, and the throughput.

async function main(): Promise<void> {
  const clients = Number(process.env.LOAD_CLIENTS ?? 8);
  const requestsPerClient = Number(process.env.LOAD_REQUESTS ?? 30);
  const answerWithinMs = Number(process.env.LOAD_DEADLINE_MS ?? 30_000);
  const startedAt = performance.now();
  const bench = await startBenchRegion(BENCH_REGION, { forceEmbedded: process.env.BENCH_DATABASE !== 'server' });
  const startSeconds = (performance.now() - startedAt) / 1000;
  try {
    const target: LoadTarget = {
      tokenFor: (user, ttl) => issueToken(bench.authSecret, user, ttl),
      query: (query, { variables, token } = {}) => postGraphql(bench.region.gatewayUrl, query, variables, token),
    };
    const result = await runMixedLoad(target, BENCH_REGION, { clients, requestsPerClient, answerWithinMs });
    console.log(
      [
        `Mixed load: npm run bench:mixed-load (${clients} clients x ${requestsPerClient} requests)`,
        `  machine   ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
        `  database  ${bench.region.database}, region started and seeded in ${startSeconds.toFixed(1)} s`,
        `  requests  ${result.requests} (${result.reads} reads, ${result.writes} writes) in ${result.seconds.toFixed(1)} s: ${result.throughput.toFixed(1)} a second, p95 ${result.p95Ms.toFixed(0)} ms`,
        `  errors    ${JSON.stringify(result.errorCodes)}; 5xx ${result.serverErrors}; unanswered within ${answerWithinMs / 1000} s ${result.unanswered}`,
      ].join('\n'),
    );
  } finally {
    await bench.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
