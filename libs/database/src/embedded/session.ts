import { backendState, errorResponse, frontend, FrontendFramer, isTerminate, TransactionStatus } from './wire';

/** PGlite's one session, spoken to in raw wire-protocol messages. */
export interface ProtocolBackend {
  exec(messages: Uint8Array): Promise<Uint8Array>;
}

/** One client connection's side of the shared session: where its answers go. */
export interface SessionClient {
  send(answer: Uint8Array): void;
  /** The session ends the connection (its transaction sat idle while others waited). */
  end(): void;
}

interface Connection {
  id: number;
  client: SessionClient;
  framer: FrontendFramer;
  pending: Buffer[];
  /** Sent extended-protocol messages since its last Sync: its unnamed statement and portal are in use. */
  midSequence: boolean;
  closed: boolean;
}

export interface SharedSessionOptions {
  /**
   * How long a connection may hold the session idle in a transaction while others wait before it is ended
   * and its transaction rolled back (PostgreSQL's idle_in_transaction_session_timeout): one stuck client must
   * not stop the region.
   */
  idleInTransactionMs: number;
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'

/**
 * Shares PGlite's single session between many client connections as if each had its own: a connection owns
 * the session from its first message until the backend is idle again (ReadyForQuery 'I' after a Sync or a
 * simple query), so a transaction's statements, and an extended-protocol sequence's unnamed statement and
 * portal, never interleave with another connection's. Others queue in arrival order.
 */
export class SharedSession {
  private readonly connections = new Map<number, Connection>();
  private readonly waiting: Connection[] = [];
  private owner: Connection | null = null;
  private status: TransactionStatus | null = 'I';
  private copyIn = false;
  private running = false;
  private broken: string | undefined;
  private idle: { owner: Connection; timer: NodeJS.Timeout } | undefined;

  constructor(
    private readonly backend: ProtocolBackend,
    private readonly options: SharedSessionOptions,
  ) {}

  open(id: number, client: SessionClient): void {
    if (this.broken) return endWith(client, this.broken);
    this.connections.set(id, {
      id,
      client,
      framer: new FrontendFramer(),
      pending: [],
      midSequence: false,
      closed: false,
    });
  }

  receive(id: number, bytes: Uint8Array): void {
    const connection = this.connections.get(id);
    if (!connection || connection.closed) return;
    for (const message of connection.framer.push(bytes)) {
      if (isTerminate(message)) return this.close(id);
      connection.pending.push(message);
    }
    if (connection.pending.length && connection !== this.owner && !this.waiting.includes(connection))
      this.waiting.push(connection);
    void this.pump();
  }

  /** The connection went away: whatever it left open in the session is rolled back before anyone else goes. */
  close(id: number): void {
    const connection = this.connections.get(id);
    if (!connection || connection.closed) return;
    connection.closed = true;
    connection.pending = [];
    this.connections.delete(id);
    const queued = this.waiting.indexOf(connection);
    if (queued >= 0) this.waiting.splice(queued, 1);
    void this.pump();
  }

  /** Connections open, for the tests and the stop. */
  get size(): number {
    return this.connections.size;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.turn()) {
        const owner = this.owner!;
        if (owner.closed) await this.release(owner);
        else await this.run(owner);
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.running = false;
    }
    this.watchIdleOwner();
  }

  /** Whether there is work now: the owner's next messages or its clean-up, else the next connection waiting. */
  private turn(): boolean {
    if (!this.owner) this.owner = this.waiting.shift() ?? null;
    return this.owner !== null && (this.owner.closed || this.owner.pending.length > 0);
  }

  private async run(owner: Connection): Promise<void> {
    this.stopWatching();
    const batch = owner.pending.splice(0);
    owner.midSequence = sequenceOpenAfter(batch, owner.midSequence);
    const answer = await this.exec(Buffer.concat(batch));
    if (!owner.closed) owner.client.send(answer);
    if (this.status === 'I' && !owner.midSequence && !this.copyIn) this.letGo(owner);
  }

  private letGo(owner: Connection): void {
    this.owner = null;
    if (owner.pending.length && !owner.closed) this.waiting.push(owner);
  }

  /** Ends what a departed owner left: a COPY, an unfinished extended sequence, a transaction. */
  private async release(owner: Connection): Promise<void> {
    if (this.copyIn) await this.exec(frontend.copyFail('the connection closed'));
    if (owner.midSequence || this.status === null) await this.exec(frontend.sync());
    if (this.status !== 'I') await this.exec(frontend.query('ROLLBACK'));
    this.owner = null;
  }

  private async exec(messages: Uint8Array): Promise<Uint8Array> {
    const answer = await this.backend.exec(messages);
    const state = backendState(answer);
    if (state.ready || state.copyIn) this.status = state.ready;
    else if (answer.length) this.status = null;
    this.copyIn = state.copyIn;
    return answer;
  }

  /** PGlite itself failed: every connection is told and ended, and no new one is served. */
  private fail(error: unknown): void {
    this.broken = `the embedded database failed: ${String((error as Error)?.message ?? error)}`;
    for (const connection of [...this.connections.values()]) {
      endWith(connection.client, this.broken);
      this.close(connection.id);
    }
    this.owner = null;
  }

  /** An owner idle in its transaction while others wait is ended after a while, as PostgreSQL would. */
  private watchIdleOwner(): void {
    const owner = this.owner;
    if (!owner || owner.closed || !this.waiting.length) return this.stopWatching();
    if (this.idle?.owner === owner) return;
    this.stopWatching();
    const timer = setTimeout(() => {
      this.idle = undefined;
      if (this.owner !== owner || owner.pending.length || owner.closed) return;
      owner.client.send(
        errorResponse(
          'FATAL',
          '25P03',
          'terminating connection due to idle-in-transaction timeout: other connections were waiting for the embedded database',
        ),
      );
      owner.client.end();
      this.close(owner.id);
    }, this.options.idleInTransactionMs);
    timer.unref();
    this.idle = { owner, timer };
  }

  private stopWatching(): void {
    if (this.idle) clearTimeout(this.idle.timer);
    this.idle = undefined;
  }
}

function endWith(client: SessionClient, reason: string): void {
  client.send(errorResponse('FATAL', 'XX000', reason));
  client.end();
}

/** After these messages, is an extended-protocol sequence still open (messages since the last Sync)? */
function sequenceOpenAfter(messages: Buffer[], openBefore: boolean): boolean {
  let open = openBefore;
  for (const message of messages) {
    const type = message[0];
    if (type === SYNC || type === QUERY) open = false;
    else if (type !== 0 && message.length >= 5 && isExtended(type)) open = true;
  }
  return open;
}

const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const isExtended = (type: number) => EXTENDED.has(type);
