import 'reflect-metadata';
import { statementCounter } from '@laa/database';
import { isRegionCode, RegionCode } from '@laa/domain';
import { issueToken, Role } from '@laa/identity';
import { writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { startBenchRegion } from './bench-region';
import { BENCH_REGION, readBenchConfig } from './config';
import { profiled } from './cpu-profile';
import { percentile } from './load';

// A region's whole evidence profile in one request through the gateway: every area of the region, every live
// indicator, its series, trend and projection, baseline and benchmark (region, England, similar areas, rank,
// quartile): one request per area (the operation cost limit keeps a request to one area), four at a time
// (the gateway's limit for one caller).
// Prints the statements the whole profile costs and its wall-clock time, one profile at a time, BENCH_ROUNDS times.

// BENCH_NO_DERIVED=1 leaves out derivedAsOf, to time the code before the derived evidence.
const AS_OF = process.env.BENCH_NO_DERIVED === '1' ? '' : ' derivedAsOf';
const PROFILE = `query ($code: String!) { area(code: $code) { code evidenceProfile { indicator { code title polarity } series { period value provisional rival unresolved }
  trend { direction slopePerYear relativeChangePerYear pointsUsed projection { period value }${AS_OF} }
  baseline { status period value }
  benchmark { period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile similarAreas { rank neighbourCode value }${AS_OF} } } } }`;

/** Requests in flight at once: the gateway runs at most 4 operations of one caller at once (BENCH_PROFILE_WIDTH, 1 to 4). */
const PER_CALLER = Math.min(4, Math.max(1, Number(process.env.BENCH_PROFILE_WIDTH ?? 4)));

/** Maps items with at most `width` calls in flight, answers in the items' order. */
async function inTurn<T, R>(items: T[], width: number, call: (item: T) => Promise<R>): Promise<R[]> {
  const answers: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      answers[index] = await call(items[index]);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return answers;
}

type AreaProfile = { code: string; evidenceProfile: { benchmark: unknown }[] };

async function main(): Promise<void> {
  const config = readBenchConfig();
  const asked: string = process.env.BENCH_PROFILE_REGION ?? BENCH_REGION;
  if (!isRegionCode(asked)) throw new Error(`BENCH_PROFILE_REGION: no region ${asked}`);
  const region: RegionCode = asked;
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 7));
  const started = performance.now();
  const bench = await startBenchRegion(region, config);
  const startSeconds = (performance.now() - started) / 1000;
  try {
    const token = await issueToken(bench.authSecret, {
      id: 'bench-go-analyst',
      name: 'Benchmark GO analyst',
      grants: [{ role: Role.GO_ANALYST, region }],
    });
    const post = async <D>(
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<{ data: D; bytes: number }> => {
      const response = await fetch(bench.region.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { data?: D; errors?: { message: string }[] };
      if (body.errors?.length || !body.data)
        throw new Error(`profile: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
      return { data: body.data, bytes: text.length };
    };
    // The operation cost limit keeps one request to one area's profile, so the region's is one request per area, four at a
    // time (the gateway runs at most four operations of one caller at once).
    const codes = (await post<{ areas: { code: string }[] }>('{ areas { code } }')).data.areas.map((a) => a.code);
    const ask = async () => {
      const t = performance.now();
      const answers = await inTurn(codes, PER_CALLER, (code) => post<{ area: AreaProfile }>(PROFILE, { code }));
      return {
        ms: performance.now() - t,
        bytes: answers.reduce((n, a) => n + a.bytes, 0),
        data: { areas: answers.map((a) => a.data.area) },
      };
    };
    const warm = await ask();
    // BENCH_SAVE_ANSWER=file keeps the whole profile's answer, to compare two versions of the code (derivedAsOf aside).
    if (process.env.BENCH_SAVE_ANSWER) await writeFile(process.env.BENCH_SAVE_ANSWER, JSON.stringify(warm.data));
    const before = statementCounter.count();
    await ask();
    const statements = statementCounter.count() - before;
    const times: number[] = [];
    // BENCH_CPU_PROFILE=file records a CPU profile of these rounds only (the region's start left out).
    await profiled(async () => {
      for (let i = 0; i < rounds; i++) times.push((await ask()).ms);
    });
    const areas = warm.data.areas.length;
    const evidences = warm.data.areas.reduce((n, a) => n + a.evidenceProfile.length, 0);
    const benchmarks = warm.data.areas.reduce((n, a) => n + a.evidenceProfile.filter((e) => e.benchmark).length, 0);
    console.log(
      [
        'Evidence profile of a whole region: npm run bench:evidence-profile',
        `  region    ${region}, ${bench.databaseKind} database (demo evidence), started in ${startSeconds.toFixed(1)} s`,
        `  machine   ${availableParallelism()} cores, Node ${process.version}, ${process.platform}/${process.arch}`,
        `  answer    ${areas} areas, ${evidences} indicator evidences (${benchmarks} with a benchmark), ${(warm.bytes / 1e6).toFixed(1)} MB of JSON`,
        `  sql       ${statements} statements for the whole profile (${areas} requests, all subgraphs, after one warm-up)`,
        `  latency   ${rounds} profiles one at a time (each ${areas} requests, ${PER_CALLER} at a time): p50 ${percentile(times, 0.5).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (first, cold: ${warm.ms.toFixed(0)} ms)`,
        `  loadavg   ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')} (1, 5, 15 min) at the end of the run`,
      ].join('\n'),
    );
  } finally {
    await bench.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`Benchmark failed: ${error.message}`);
    process.exit(1);
  },
);
