import { mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { DatabaseConnection } from './connection';
import { EmbeddedSocket } from './embedded/stream';
import type { WorkerReport, WorkerRequest, WorkerSettings } from './embedded/worker';

export interface EmbeddedPostgres {
  /** How the region's subgraphs (and tools and tests in the same process) open connections to it. */
  connection: DatabaseConnection;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir?: string;
  /** A connection idle in a transaction while others wait is ended after this long (default 30 s). */
  idleInTransactionMs?: number;
}

const DEFAULT_IDLE_IN_TRANSACTION_MS = 30_000;

/**
 * Starts an embedded PostgreSQL (PGlite) in a worker thread of its own: a region's queries run off the event
 * loop that serves GraphQL, and the regions' databases work in parallel on the machine's cores. It listens on
 * no port: only this process reaches it, through `connection` (pg's `stream` option).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const settings: WorkerSettings = {
    dataDir: options.dataDir,
    idleInTransactionMs: options.idleInTransactionMs ?? DEFAULT_IDLE_IN_TRANSACTION_MS,
  };
  const worker = startWorker(settings);
  await firstReport(worker).catch(async (error: Error) => {
    await worker.terminate();
    throw error;
  });
  let next = 0;
  const open = (): EmbeddedSocket => {
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ open: ++next, port: port2 } satisfies WorkerRequest, [port2]);
    return new EmbeddedSocket(port1);
  };
  return {
    connection: { url: `postgres://postgres@embedded/postgres`, stream: open },
    async stop() {
      const stopped = firstReport(worker).catch(() => undefined);
      worker.postMessage({ stop: true } satisfies WorkerRequest);
      await stopped;
      await worker.terminate();
    },
  };
}

/** The worker's code, compiled beside this file, or TypeScript loaded by swc where the platform runs from source. */
function startWorker(workerData: WorkerSettings): Worker {
  const extension = extname(__filename);
  const file = join(__dirname, 'embedded', `worker${extension}`);
  const execArgv = extension === '.ts' ? ['-r', require.resolve('@swc-node/register')] : [];
  return new Worker(file, {
    workerData,
    execArgv,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? join(__dirname, '..', '..', '..', 'tsconfig.base.json'),
    },
  });
}

function firstReport(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(new Error(`The embedded database failed: ${error.message}`));
    worker.once('error', onError);
    worker.once('message', (report: WorkerReport) => {
      worker.off('error', onError);
      if ('error' in report) reject(new Error(`The embedded database did not start: ${report.error}`));
      else resolve();
    });
  });
}
