import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { peerSubgraphs } from './peers';

// A peer call joins the caller's trace: a client span, and the W3C traceparent header naming it.
describe('a call to a peer subgraph', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let received: IncomingHttpHeaders | undefined;
  const peer = createServer((req, res) => {
    received = req.headers;
    req
      .resume()
      .on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}'));
  });

  beforeAll(async () => {
    provider.register(); // the context manager and W3C propagator a service's SDK installs
    await new Promise<void>((resolve) => peer.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => peer.close(() => resolve()));
    trace.disable();
    context.disable();
  });

  it('is a client span under the request, and the peer receives its trace context', async () => {
    const peers = peerSubgraphs(
      { agreements: `http://127.0.0.1:${(peer.address() as AddressInfo).port}/graphql` },
      'secret-for-this-test-only-0123456789',
      ['agreements'],
    );
    const request = provider.getTracer('test').startSpan('request');
    const answer = await context.with(trace.setSpan(context.active(), request), () =>
      peers.query('agreements', '{ ok }', {}),
    );
    request.end();

    expect(answer).toEqual({ ok: true });
    const call = exporter.getFinishedSpans().find((span) => span.name === 'peer agreements');
    expect(call?.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    expect(call?.spanContext().traceId).toBe(request.spanContext().traceId);
    expect(received?.traceparent).toBe(`00-${call?.spanContext().traceId}-${call?.spanContext().spanId}-01`);
  });
});
