import { Duplex } from 'node:stream';
import { MessagePort } from 'node:worker_threads';

/**
 * What node-postgres takes for a socket (its `stream` option): here one end of a MessagePort to the embedded
 * database's worker, so a pg Client or Pool, and TypeORM on top, talk to PGlite in process, with the same
 * driver and code as to a server and no port open.
 */
export class EmbeddedSocket extends Duplex {
  private queued: Buffer[] = [];

  constructor(private readonly port: MessagePort) {
    super();
    port.on('message', (answer: Uint8Array) =>
      this.push(Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength)),
    );
    // The worker ended the connection (or stopped): pg sees the socket close, as when a server ends a session.
    port.on('close', () => {
      this.push(null);
      this.destroy();
    });
  }

  /** pg "connects" the socket to a host and port: in process there is nothing to reach. */
  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    this.port.ref();
    return this;
  }

  unref(): this {
    this.port.unref();
    return this;
  }

  /** pg writes a query's messages one by one in the same tick: they go to the worker together. */
  _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (!this.queued.length) queueMicrotask(() => this.flushQueued());
    this.queued.push(chunk);
    done();
  }

  _read(): void {}

  /** pg ends a connection (after its Terminate): the worker rolls back whatever the connection left open. */
  _final(done: (error?: Error | null) => void): void {
    this.flushQueued();
    this.port.close();
    done();
  }

  _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.flushQueued();
    this.port.close();
    done(error);
  }

  private flushQueued(): void {
    if (!this.queued.length) return;
    const bytes = Buffer.concat(this.queued);
    this.queued = [];
    this.port.postMessage(bytes);
  }
}
