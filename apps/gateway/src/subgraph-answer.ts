import type { FetcherResponse } from '@apollo/utils.fetcher';
import { Headers } from 'undici';

/** A subgraph's answer read in full, so callers sharing one fetch each get their own readable response. */
export interface Answer {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * The answer as the fetch response Apollo's data source reads (status, content type, then `json()` once). The body
 * is already text, so it is handed over as it is: a WHATWG Response would wrap it in a web stream only to read it
 * back, which showed in the gateway's profile on every subgraph fetch.
 */
export class AnswerResponse implements FetcherResponse {
  readonly url: string;
  readonly redirected = false;
  readonly headers: Headers;
  private used = false;

  constructor(
    private readonly answer: Answer,
    url = '',
  ) {
    this.url = url;
    this.headers = new Headers(answer.headers);
  }

  get status(): number {
    return this.answer.status;
  }

  get ok(): boolean {
    return this.answer.status >= 200 && this.answer.status < 300;
  }

  /** HTTP/1.1 reason phrases are not passed on (the fetcher never had them). */
  get statusText(): string {
    return '';
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  async text(): Promise<string> {
    return this.read();
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.read()) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.read());
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  clone(): AnswerResponse {
    if (this.used) throw new TypeError('The body of this response was already read');
    return new AnswerResponse(this.answer, this.url);
  }

  /** A body is read once, as with fetch's Response. */
  private read(): string {
    if (this.used) throw new TypeError('The body of this response was already read');
    this.used = true;
    return this.isEmpty() ? '' : this.answer.body;
  }

  private isEmpty(): boolean {
    return this.answer.status === 204 || this.answer.status === 304;
  }
}
