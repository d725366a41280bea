import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface EmbeddedPostgres {
  /** postgres:// URL of the socket in front of the embedded database. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir?: string;
  maxConnections: number;
  port?: number;
}

/**
 * Runs inside the worker: PGlite (PostgreSQL compiled to WebAssembly) served on a loopback socket, so
 * the subgraphs connect with the same pg driver as to a server. PGlite runs one query at a time; the
 * socket server multiplexes connections and keeps a transaction's statements on its own connection.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglite);
const { PGLiteSocketServer } = require(workerData.socket);
(async () => {
  const db = await PGlite.create(workerData.dataDir ? { dataDir: workerData.dataDir } : {});
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: workerData.port, maxConnections: workerData.maxConnections });
  await server.start();
  parentPort.on('message', async () => {
    await server.stop();
    await db.close();
    parentPort.postMessage({ stopped: true });
  });
  parentPort.postMessage({ conn: server.getServerConn() });
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

/**
 * Starts an embedded PostgreSQL in a worker thread of its own: a region's database queries run off the
 * event loop that serves GraphQL, and the regions' databases work in parallel on the machine's cores.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      pglite: require.resolve('@electric-sql/pglite'),
      socket: require.resolve('@electric-sql/pglite-socket'),
      dataDir: options.dataDir,
      port: options.port ?? 0,
      maxConnections: options.maxConnections,
    },
  });
  const conn = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { conn?: string; error?: string }) =>
      message.conn ? resolve(message.conn) : reject(new Error(`The embedded database did not start: ${message.error}`)),
    );
  }).catch(async (error: Error) => {
    await worker.terminate();
    throw error;
  });
  return {
    url: `postgres://postgres@${conn}/postgres`,
    async stop() {
      const stopped = new Promise((resolve) => worker.once('message', resolve));
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    },
  };
}
