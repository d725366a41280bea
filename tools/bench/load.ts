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
  p99Ms: number;
  /** The first error's message, so a failing run says why. */
  firstError?: string;
}

/** Keeps `concurrency` requests in flight until the time or the request budget runs out. */
export async function runLoad(request: () => Promise<unknown>, options: LoadOptions): Promise<LoadResult> {
  const maxRequests = options.maxRequests ?? MAX_REQUESTS_PER_RUN;
  const deadline = performance.now() + options.seconds * 1000;
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  let firstError: string | undefined;
  const worker = async () => {
    while (performance.now() < deadline && issued < maxRequests && !options.signal?.aborted) {
      issued++;
      const started = performance.now();
      try {
        await request();
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedSeconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    errors,
    elapsedSeconds,
    perSecond: latencies.length / elapsedSeconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    firstError,
  };
}

/** Nearest-rank percentile of latencies in ms (NaN when there are none). */
export function percentile(values: number[], quantile: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))];
}
