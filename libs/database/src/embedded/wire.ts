/**
 * Just enough of the PostgreSQL wire protocol (v3) to share one PGlite session between connections:
 * where a client's messages begin and end, and whether the backend's answer leaves the session idle.
 */

/** Transaction status of a ReadyForQuery: idle, in a transaction block, in a failed one. */
export type TransactionStatus = 'I' | 'T' | 'E';

const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const COPY_IN_RESPONSE = 0x47; // 'G'

/** Splits a client's byte stream into whole messages; the first one is the startup packet (no type byte). */
export class FrontendFramer {
  private buffered: Buffer = Buffer.alloc(0);
  private started = false;

  /** Adds bytes and returns every message now complete, in order. */
  push(bytes: Uint8Array): Buffer[] {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, bytes]) : Buffer.from(bytes);
    const messages: Buffer[] = [];
    for (;;) {
      const length = this.nextLength();
      if (length === null || this.buffered.length < length) return messages;
      messages.push(this.buffered.subarray(0, length));
      this.buffered = this.buffered.subarray(length);
      this.started = true;
    }
  }

  private nextLength(): number | null {
    if (!this.started) return this.buffered.length >= 4 ? this.buffered.readInt32BE(0) : null;
    return this.buffered.length >= 5 ? 1 + this.buffered.readInt32BE(1) : null;
  }
}

export const isTerminate = (message: Uint8Array) => message[0] === TERMINATE;

/** What the backend's answer to a batch of messages leaves behind. */
export interface BackendState {
  /** The status of the answer's last ReadyForQuery if it is the answer's last message, else null (mid-sequence). */
  ready: TransactionStatus | null;
  /** The backend waits for COPY data. */
  copyIn: boolean;
}

/** Walks the backend's messages to the last one: a ReadyForQuery there means the connection may let go. */
export function backendState(answer: Uint8Array): BackendState {
  let offset = 0;
  let last = -1;
  while (offset + 5 <= answer.length) {
    last = offset;
    offset +=
      1 + ((answer[offset + 1] << 24) | (answer[offset + 2] << 16) | (answer[offset + 3] << 8) | answer[offset + 4]);
  }
  if (last < 0) return { ready: null, copyIn: false };
  const type = answer[last];
  return {
    ready: type === READY_FOR_QUERY ? (String.fromCharCode(answer[last + 5]) as TransactionStatus) : null,
    copyIn: type === COPY_IN_RESPONSE,
  };
}

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

const cString = (text: string) => Buffer.from(`${text}\0`, 'utf8');

/** Frontend messages the session itself sends to clean up after a connection that went away. */
export const frontend = {
  sync: () => message('S', Buffer.alloc(0)),
  query: (sql: string) => message('Q', cString(sql)),
  copyFail: (reason: string) => message('f', cString(reason)),
};

/** A backend ErrorResponse, for a connection the session has to end itself. */
export function errorResponse(severity: 'FATAL' | 'ERROR', code: string, text: string): Buffer {
  return message(
    'E',
    Buffer.concat([
      cString(`S${severity}`),
      cString(`V${severity}`),
      cString(`C${code}`),
      cString(`M${text}`),
      Buffer.from([0]),
    ]),
  );
}
