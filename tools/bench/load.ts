import { MAX_REQUESTS_PER_RUN } from './config';

export interface LoadOptions {
  concurrency: number;
  seconds: number;
  /** Stops issuing requests past this count even if time remains. */
  maxRequests?: number;
  /** Stops issuing requests when the benchmark is interrupted. */
  signal?: AbortSignal;
}

export interface LoadResult {
  requests: number;
  errors: number;
  elapsedSeconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** The first error's message, so a failing run says why. */
  firstError?: string;
}

/** Keeps `concurrency` requests in flight until the time or the request budget runs out. */
export async function runLoad(
  request: (worker: number) => Promise<unknown>,
  options: LoadOptions,
): Promise<LoadResult> {
  const [result] = await runInterleaved([request], options);
  return result;
}

/**
 * Runs several paths in one window, each worker taking them in turn (A, B, A, B), so a change in the
 * machine's load (it is shared) falls on every path alike. A path is told its worker (0 to concurrency - 1),
 * so each worker can be its own caller. One result per path, in the order given.
 */
export async function runInterleaved(
  paths: ((worker: number) => Promise<unknown>)[],
  options: LoadOptions,
): Promise<LoadResult[]> {
  const maxRequests = options.maxRequests ?? MAX_REQUESTS_PER_RUN;
  const deadline = performance.now() + options.seconds * 1000;
  const records = paths.map(() => new PathRecord());
  let issued = 0;
  const worker = async (first: number) => {
    for (let turn = first; performance.now() < deadline && issued < maxRequests && !options.signal?.aborted; turn++) {
      issued++;
      const path = turn % paths.length;
      await records[path].time(() => paths[path](first));
    }
  };
  const started = performance.now();
  // Workers start on different paths, so at any moment both paths are in flight about equally.
  await Promise.all(Array.from({ length: options.concurrency }, (_, index) => worker(index)));
  const elapsedSeconds = (performance.now() - started) / 1000;
  return records.map((record) => record.result(elapsedSeconds));
}

/** Latencies and errors of one path. */
class PathRecord {
  private readonly latencies: number[] = [];
  private errors = 0;
  private firstError?: string;

  async time(request: () => Promise<unknown>): Promise<void> {
    const started = performance.now();
    try {
      await request();
    } catch (error) {
      this.errors++;
      this.firstError ??= error instanceof Error ? error.message : String(error);
    }
    this.latencies.push(performance.now() - started);
  }

  result(elapsedSeconds: number): LoadResult {
    const { latencies } = this;
    return {
      requests: latencies.length,
      errors: this.errors,
      elapsedSeconds,
      perSecond: latencies.length / elapsedSeconds,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      p99Ms: percentile(latencies, 0.99),
      firstError: this.firstError,
    };
  }
}

/** Nearest-rank percentile of latencies in ms (NaN when there are none). */
export function percentile(values: number[], quantile: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))];
}
