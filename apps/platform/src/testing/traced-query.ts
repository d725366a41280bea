import { startTracing } from '@laa/telemetry';
import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';

// Run as its own process by tracing.test.ts (Jest's module loader hides modules from OpenTelemetry's
// require hooks): starts a traced region the way a service starts, runs one federated query through
// its gateway and prints the spans of that query's trace as one JSON line.

export const AREA_QUERY = `query TracedArea($code: String!) { area(code: $code) { name partnership { name } agreement { id stage targets { id indicator { code title } } signOff { stage } } } }`;

export interface PrintedSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentId?: string;
  attributes: Record<string, unknown>;
}

type Drafts = { areas: { code: string; agreement: { targets: { id: string }[] } | null }[] };

const exporter = new InMemorySpanExporter();
const tracing = startTracing({ serviceName: 'laa-traced-query', exporter, immediate: true });

async function main(): Promise<void> {
  // Loaded only now, after tracing started, so http, express, graphql and pg are instrumented as in a service.
  // TRACED_DATABASE=embedded runs the region on PGlite, as the quick start does.
  const { startTestRegion } = await import('./region-harness');
  const { developmentUsers } = await import('@laa/identity');
  const region = await startTestRegion(
    'E12000003',
    process.env.TRACED_DATABASE === 'embedded' ? { database: 'embedded' } : {},
  );
  try {
    // The relationship manager reads every draft of the region; an area with targets makes all four subgraphs answer.
    const token = await region.tokenFor(developmentUsers('E12000003', '00CG')[0]);
    const drafts = await region.query<Drafts>('{ areas { code agreement { targets { id } } } }', { token });
    const code = drafts.data?.areas.find((area) => area.agreement?.targets.length)?.code;
    if (!code) throw new Error('no demo agreement with targets');
    exporter.reset();
    const answer = await region.query(AREA_QUERY, { variables: { code }, token });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    await tracing.flush();
    process.stdout.write(`SPANS ${JSON.stringify(exporter.getFinishedSpans().map(printed))}\n`);
  } finally {
    await region.stop();
    await tracing.shutdown();
  }
}

function printed(span: ReadableSpan): PrintedSpan {
  return {
    name: span.name,
    kind: span.kind,
    traceId: span.spanContext().traceId,
    spanId: span.spanContext().spanId,
    parentId: span.parentSpanContext?.spanId,
    attributes: span.attributes,
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
