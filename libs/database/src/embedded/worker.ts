import { PGlite } from '@electric-sql/pglite';
import { MessagePort, parentPort, workerData } from 'node:worker_threads';
import { SharedSession } from './session';

/** What the main thread tells the embedded database's worker. */
export type WorkerRequest = { open: number; port: MessagePort } | { stop: true };
export type WorkerReport = { ready: true } | { stopped: true } | { error: string };
export interface WorkerSettings {
  dataDir?: string;
  idleInTransactionMs: number;
  /** PGlite's PostgreSQL, compiled once in the main thread (store-settings.ts). */
  postgres: WebAssembly.Module;
  /** PostgreSQL's command-line switches beyond PGlite's own. */
  startParameters: string[];
}

/**
 * The worker thread of a region's embedded database: PGlite, and the one session it has shared between the
 * connections the main thread opens, each over a MessagePort of its own. Nothing listens on a network port.
 */
async function serve(settings: WorkerSettings, parent: MessagePort): Promise<void> {
  const db = await PGlite.create({
    ...(settings.dataDir ? { dataDir: settings.dataDir } : {}),
    pgliteWasmModule: settings.postgres,
    startParams: [...PGlite.defaultStartParams, ...settings.startParameters],
  });
  const session = new SharedSession(
    { exec: (messages) => db.execProtocolRaw(messages) },
    { idleInTransactionMs: settings.idleInTransactionMs },
  );
  const ports = new Map<number, MessagePort>();
  parent.on('message', async (request: WorkerRequest) => {
    if ('open' in request) return connect(request.open, request.port);
    for (const port of ports.values()) port.close();
    await db.close();
    parent.postMessage({ stopped: true } satisfies WorkerReport);
  });
  function connect(id: number, port: MessagePort): void {
    ports.set(id, port);
    session.open(id, { send: (answer) => answer.length && port.postMessage(answer), end: () => port.close() });
    port.on('message', (bytes: Uint8Array) => session.receive(id, bytes));
    port.on('close', () => {
      ports.delete(id);
      session.close(id);
    });
  }
  parent.postMessage({ ready: true } satisfies WorkerReport);
}

if (parentPort) {
  const parent = parentPort;
  serve(workerData as WorkerSettings, parent).catch((error: unknown) =>
    parent.postMessage({ error: String((error as Error)?.stack ?? error) } satisfies WorkerReport),
  );
}
