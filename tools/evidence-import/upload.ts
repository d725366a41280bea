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
export async function uploadObservations(
  file: string,
  gatewayUrl: string,
  token: string,
  progress: UploadProgress = {},
): Promise<UploadAnswer> {
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
    const upload = request(url, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'content-length': total, authorization: `Bearer ${token}` },
    });
    // An answer can come before the whole file has gone (a refusal): the broken-off sending is then no error.
    let answered = false;
    const fail = (error: Error) => {
      if (!answered) reject(error);
    };
    upload.on('response', (response) => {
      answered = true;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    upload.on('error', fail);
    upload.on('finish', () => progress.onSent?.());
    pipeline(createReadStream(file), counter, upload).catch(fail);
  });
  const { status, body } = await answer.catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ECONNREFUSED')
      throw new Error(
        `No gateway answers at ${url.origin}: is the platform running (npm start), and is the port right (GATEWAY_PORT_BASE)?`,
      );
    return {
      status: 0,
      body: JSON.stringify({
        errors: [
          {
            message: `the connection to the gateway broke off (${error.message}). An import is all or nothing: see the import history for whether it loaded`,
          },
        ],
      }),
    };
  });
  const parsed = parseAnswer(body);
  if (parsed.data) return { report: parsed.data };
  return { error: parsed.errors?.[0] ?? { message: `HTTP ${status}` }, status };
}

/** The gateway's JSON answer; anything else (a proxy's error page) becomes an error with its status. */
function parseAnswer(body: string): { data?: ImportReport; errors?: UploadError[] } {
  try {
    return JSON.parse(body) as { data?: ImportReport; errors?: UploadError[] };
  } catch {
    return { errors: [{ message: `the answer was not the API's JSON: ${body.slice(0, 200)}` }] };
  }
}
