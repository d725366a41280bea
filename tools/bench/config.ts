import { RegionCode } from '@laa/domain';

/** Yorkshire and the Humber: 15 areas, so two of them can carry the benchmark's agreements. */
export const BENCH_REGION: RegionCode = 'E12000003';

/** Target counts of the two benchmark agreements: the statement count must not depend on them. */
export const SMALL_AGREEMENT_TARGETS = 5;
export const LARGE_AGREEMENT_TARGETS = 35;

/** Hard cap per load run, so a loop stays bounded in count as well as in time. */
export const MAX_REQUESTS_PER_RUN = 100_000;

/** One slow request must not hold a worker (or the run) open indefinitely. */
export const REQUEST_TIMEOUT_MS = 10_000;

export interface BenchConfig {
  /** Seconds of load per path (gateway, then subgraphs directly). */
  seconds: number;
  /** Requests in flight at once during a load run. */
  concurrency: number;
  /** Use embedded PGlite even when a PostgreSQL server answers (to try the fallback). */
  forceEmbedded: boolean;
}

export function readBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  return {
    seconds: positiveNumber(env, 'BENCH_SECONDS', 10, 600),
    concurrency: Math.round(positiveNumber(env, 'BENCH_CONCURRENCY', 16, 256)),
    forceEmbedded: env.BENCH_EMBEDDED === '1',
  };
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > max) {
    throw new Error(`${name} must be a number above 0 and at most ${max}, not "${text}"`);
  }
  return value;
}
