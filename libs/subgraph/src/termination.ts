import { runningTracing } from '@laa/telemetry';
import { Server } from 'node:http';
import { Logger } from './logger';

/** How long in-flight requests may take to finish once a service is told to stop, before their connections are cut. */
export const DRAIN_GRACE_MS = 10_000;

/**
 * Counts the requests in flight so stopping can wait for them: the listener closes first (new
 * connections are refused), answers already being worked on still go out, then idle connections close.
 */
export function drainable(server: Server, graceMs = DRAIN_GRACE_MS): () => Promise<void> {
  let inFlight = 0;
  let draining = false;
  let onIdle: (() => void) | undefined;
  server.on('request', (_req, res) => {
    inFlight++;
    // While draining, a kept-alive connection is closed after its answer instead of waiting for another request.
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) onIdle?.();
    });
  });
  return async () => {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        onIdle = resolve;
        timer = setTimeout(resolve, graceMs);
      });
      clearTimeout(timer);
    }
    server.closeAllConnections();
    await closed;
  };
}

/** SIGTERM (an orchestrator stopping the service) or SIGINT: drain, release resources, exit 0. */
export function stopOnTermination(stop: () => Promise<void>, log: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping: answering the requests in flight first', { signal });
    // The spans of the last requests are still in the exporter's batch: send them before the process goes.
    const flushSpans = () =>
      runningTracing()
        ?.shutdown()
        .catch(() => undefined);
    stop()
      .then(flushSpans)
      .then(
        () => process.exit(0),
        (error: Error) => {
          log.error('could not stop cleanly', { reason: error.message });
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
