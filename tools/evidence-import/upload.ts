import { createReadStream, statSync } from 'node:fs';
import { request } from 'node:http';
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportReport } from '@laa/evidence';

/** The report the upload route answers with: the evidence subgraph's own type. */
export type { ImportReport };

export interface UploadError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export type UploadAnswer = { report: ImportReport } | { error: UploadError; status: number };

export interface UploadProgress {
  /** Bytes handed to the connection so far, of the file's total. */
  onProgress?(sent: number, total: number): void;
  /** The whole file has gone out: the gateway is merging it. */
  onSent?(): void;
}

/** Streams a CSV file to a regional gateway's /imports/observations, telling of the bytes sent. */
export async function uploadObservations(file: string, gatewayUrl: string, token: string, progress: UploadProgress = {}): Promise<UploadAnswer> {
  const total = statSync(file).size;
  const url = new URL('/imports/observations', gatewayUrl);
  url.searchParams.set('origin', basename(file));
  let sent = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent += chunk.length;
      progress.onProgress?.(sent, total);
      done(null, chunk);
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const upload = request(url, { method: 'POST', headers: { 'content-type': 'text/csv', 'content-length': total, authorization: `Bearer ${token}` } });
    upload.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    upload.on('error', reject);
    upload.on('finish', () => progress.onSent?.());
    pipeline(createReadStream(file), counter, upload).catch(reject);
  });
  const { status, body } = await answer.catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ECONNREFUSED') throw new Error(`No gateway answers at ${url.origin}: is the platform running (npm start), and is the port right (GATEWAY_PORT_BASE)?`);
    throw error;
  });
  const parsed = JSON.parse(body) as { data?: ImportReport; errors?: UploadError[] };
  if (parsed.data) return { report: parsed.data };
  return { error: parsed.errors?.[0] ?? { message: `HTTP ${status}` }, status };
}
