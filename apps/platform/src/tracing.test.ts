import { SUBGRAPH_NAMES } from '@laa/config';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PrintedSpan } from './testing/traced-query';

// One trace per request, from the gateway through each subgraph to its SQL. The traced region runs in
// its own process, started as a service starts (Jest's module loader would hide pg, express, http and
// graphql from OpenTelemetry's require hooks), and reports its spans from an in-memory exporter.

const ROOT = join(__dirname, '..', '..', '..');
const SERVER = 1;

function tracedQuery(): Promise<PrintedSpan[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/platform/src/testing/traced-query.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        OTEL_EXPORTER_OTLP_ENDPOINT: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('SPANS '));
      if (code !== 0 || !line) return reject(new Error(`traced query failed (${code}):\n${output}`));
      resolve(JSON.parse(line.slice('SPANS '.length)) as PrintedSpan[]);
    });
  });
}

describe('tracing a federated query', () => {
  let spans: PrintedSpan[];
  beforeAll(async () => {
    spans = await tracedQuery();
  }, 120_000);

  const byId = () => new Map(spans.map((span) => [span.spanId, span]));
  const isUnder = (span: PrintedSpan, ancestor: PrintedSpan): boolean => {
    const spansById = byId();
    for (let at = span.parentId && spansById.get(span.parentId); at; at = at.parentId && spansById.get(at.parentId)) {
      if (at.spanId === ancestor.spanId) return true;
    }
    return false;
  };

  it('is one trace whose root is the gateway answering the request', () => {
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);
    const roots = spans.filter((span) => !span.parentId);
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({
      kind: SERVER,
      attributes: { 'laa.service': 'gateway', 'laa.region': 'E12000003' },
    });
  });

  it('has one span per subgraph fetch, each with the subgraph answering it as a child, and its SQL under that', () => {
    const [root] = spans.filter((span) => !span.parentId);
    const fetches = spans.filter((span) => span.name === 'gateway.fetch');
    expect(fetches.map((fetch) => fetch.attributes.service).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const fetch of fetches) {
      expect(isUnder(fetch, root)).toBe(true);
      const answering = spans.filter((span) => span.kind === SERVER && isUnder(span, fetch));
      expect(answering).toHaveLength(1);
      expect(answering[0].attributes).toMatchObject({
        'laa.service': fetch.attributes.service,
        'laa.region': 'E12000003',
      });
      const statements = spans.filter((span) => span.name.startsWith('pg.query') && isUnder(span, answering[0]));
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.every((span) => span.attributes['laa.service'] === fetch.attributes.service)).toBe(true);
    }
  });

  it('records statements without their values', () => {
    const statements = spans.filter((span) => span.name.startsWith('pg.query'));
    expect(
      statements.every(
        (span) => !('db.postgresql.values' in span.attributes) && !('db.query.parameter' in span.attributes),
      ),
    ).toBe(true);
  });
});
