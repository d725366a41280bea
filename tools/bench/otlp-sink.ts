import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ExportedSpans {
  requests: number;
  spans: number;
  bytes: number;
}

interface OtlpTraces {
  resourceSpans?: { scopeSpans?: { spans?: unknown[] }[] }[];
}

/** A stand-in OTLP/HTTP collector: accepts JSON trace exports, counts them, keeps nothing. */
export async function otlpSink(): Promise<{ url: string; received(): ExportedSpans; close(): Promise<void> }> {
  const received: ExportedSpans = { requests: 0, spans: 0, bytes: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.requests++;
      received.bytes += body.length;
      received.spans += spanCount(body.toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: () => ({ ...received }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function spanCount(json: string): number {
  try {
    const traces = JSON.parse(json) as OtlpTraces;
    return (traces.resourceSpans ?? [])
      .flatMap((r) => r.scopeSpans ?? [])
      .reduce((n, scope) => n + (scope.spans?.length ?? 0), 0);
  } catch {
    return 0;
  }
}
