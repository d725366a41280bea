import { mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { DatabaseConnection } from './connection';
import { EmbeddedSocket } from './embedded/stream';
import { compiledPostgres, storeStartParameters } from './embedded/store-settings';
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
    postgres: await compiledPostgres(),
    startParameters: storeStartParameters(),
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

/**
 * A store's worker holds little JavaScript of its own (PGlite's WebAssembly memory is outside its heap): a small young
 * generation is enough, where V8's default grows to 16 MB a semi-space in every worker.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

/** The worker's code, compiled beside this file, or TypeScript compiled by swc where the platform runs from source. */
function startWorker(workerData: WorkerSettings): Worker {
  const extension = extname(__filename);
  const file = join(__dirname, 'embedded', `worker${extension}`);
  // Not the launcher's own switches (Node passes them on by default): `-r @swc-node/register` among them.
  const options = { workerData, execArgv: [], resourceLimits: WORKER_LIMITS };
  if (extension !== '.ts') return new Worker(file, options);
  return new Worker(typeScriptEntry(file), { ...options, eval: true });
}

/**
 * Runs the worker's few TypeScript files through swc alone. @swc-node/register, as the main thread uses it, loads the
 * TypeScript compiler to read tsconfig: about 35 MB of heap in every worker, so in every region of the quick start.
 */
function typeScriptEntry(file: string): string {
  return `
    const { createRequire } = require('node:module');
    const { readFileSync } = require('node:fs');
    const requireHere = createRequire(${JSON.stringify(file)});
    const { transformSync } = requireHere('@swc/core');
    const options = { module: { type: 'commonjs' }, jsc: { target: 'es2022', parser: { syntax: 'typescript' } } };
    requireHere.extensions['.ts'] = (module, filename) =>
      module._compile(transformSync(readFileSync(filename, 'utf8'), { ...options, filename }).code, filename);
    requireHere(${JSON.stringify(file)});
  `;
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
