import { developmentUsers, GATEWAY_KEY_HEADER, gatewayKey } from '@laa/identity';
import { TEST_AUTH_SECRET, TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { context, propagation, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { readKey, SUBGRAPH_IDLE_MS, subgraphFetcher } from './subgraph-fetcher';
import { describeFetchFailure, SUBGRAPH_KEEP_ALIVE_MS } from '@laa/subgraph';

let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion('E12000003');
});
afterAll(() => region?.stop());

const AREAS = JSON.stringify({ query: '{ areas { code name } }' });
const [relationshipManager, other] = developmentUsers('E12000003', '00CG');

async function headersFor(user: typeof relationshipManager): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    [GATEWAY_KEY_HEADER]: gatewayKey(TEST_AUTH_SECRET),
    authorization: `Bearer ${await region.tokenFor(user)}`,
  };
}

describe("the gateway's subgraph fetcher", () => {
  it('sends two identical reads in flight at once by one caller only once, and both get the answer', async () => {
    const fetcher = subgraphFetcher();
    const init = { method: 'POST', headers: await headersFor(relationshipManager), body: AREAS };
    const answers = await Promise.all([
      fetcher(region.subgraphUrls.partners, init),
      fetcher(region.subgraphUrls.partners, init),
    ]);
    expect(fetcher.sent()).toBe(1);
    const bodies = await Promise.all(answers.map((a) => a.json() as Promise<{ data: { areas: unknown[] } }>));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(bodies[0].data.areas).toHaveLength(15);
    expect(bodies[1]).toEqual(bodies[0]);
  });

  it('sends the same read again once the first answer has arrived', async () => {
    const fetcher = subgraphFetcher();
    const init = { method: 'POST', headers: await headersFor(relationshipManager), body: AREAS };
    await fetcher(region.subgraphUrls.partners, init);
    await fetcher(region.subgraphUrls.partners, init);
    expect(fetcher.sent()).toBe(2);
  });

  it('never lets two callers share an answer: the same read by two callers is sent twice', async () => {
    const fetcher = subgraphFetcher();
    const [mine, theirs] = await Promise.all([headersFor(relationshipManager), headersFor(other)]);
    await Promise.all([
      fetcher(region.subgraphUrls.partners, { method: 'POST', headers: mine, body: AREAS }),
      fetcher(region.subgraphUrls.partners, { method: 'POST', headers: theirs, body: AREAS }),
    ]);
    expect(fetcher.sent()).toBe(2);
  });

  it('never deduplicates a mutation', async () => {
    const fetcher = subgraphFetcher();
    const init = {
      method: 'POST',
      headers: await headersFor(relationshipManager),
      body: JSON.stringify({ query: 'mutation { __typename }' }),
    };
    const answers = await Promise.all([
      fetcher(region.subgraphUrls.agreements, init),
      fetcher(region.subgraphUrls.agreements, init),
    ]);
    expect(fetcher.sent()).toBe(2);
    expect(await Promise.all(answers.map((a) => a.json()))).toEqual([
      { data: { __typename: 'Mutation' } },
      { data: { __typename: 'Mutation' } },
    ]);
  });

  it('keys reads on everything but the trace context, and gives writes and unreadable bodies no key', () => {
    const headers = { authorization: 'Bearer a', [GATEWAY_KEY_HEADER]: 'k' };
    const key = readKey('http://s/graphql', { headers: { ...headers, traceparent: '00-1-2-01' }, body: AREAS });
    expect(key).toBeDefined();
    expect(readKey('http://s/graphql', { headers, body: AREAS })).toBe(key);
    expect(readKey('http://s/graphql', { headers: { ...headers, authorization: 'Bearer b' }, body: AREAS })).not.toBe(
      key,
    );
    expect(readKey('http://s/graphql', { headers: { authorization: 'Bearer a' }, body: AREAS })).not.toBe(key);
    expect(readKey('http://t/graphql', { headers, body: AREAS })).not.toBe(key);
    expect(readKey('http://s/graphql', { headers, body: JSON.stringify({ query: 'mutation { x }' }) })).toBeUndefined();
    expect(readKey('http://s/graphql', { headers, body: 'not json' })).toBeUndefined();
  });

  it('lets idle connections go before the subgraph would close them', () => {
    expect(SUBGRAPH_IDLE_MS).toBeLessThan(SUBGRAPH_KEEP_ALIVE_MS);
  });

  it("fails a fetch to a subgraph that is down with the socket's reason, not its address (what the gateway logs)", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    await new Promise((resolve) => server.close(resolve));
    const failure = await subgraphFetcher()(url, { method: 'POST', body: AREAS }).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure && describeFetchFailure(failure)).toBe('ECONNREFUSED');
  });

  it('carries the W3C trace context to the subgraph', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.setHeader('content-type', 'application/json');
      res.end('{"data":{}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const contextManager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(contextManager);
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    try {
      const span = { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), traceFlags: TraceFlags.SAMPLED };
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      await context.with(trace.setSpanContext(context.active(), span), () =>
        subgraphFetcher()(url, { method: 'POST', body: AREAS }),
      );
      expect(seen[0].traceparent).toBe(`00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`);
    } finally {
      propagation.disable();
      context.disable();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('a read through the gateway', () => {
  it("formats no stack trace while it is served (source-mapping one is costly under the quick start's loader)", async () => {
    const token = await region.tokenFor(relationshipManager);
    const read = () =>
      region.query(
        '{ area(code: "E08000019") { name agreement { stage targets { indicator { code title } } signOff { stage } } } }',
        { token },
      );
    expect((await read()).errors).toBeUndefined(); // warm-up: the query plan, connections
    const formatted: string[] = [];
    const original = Error.prepareStackTrace?.bind(Error);
    Error.prepareStackTrace = (error, frames): unknown => {
      formatted.push(String(error));
      return original
        ? original(error, frames)
        : `${String(error)}\n${frames.map((frame) => `    at ${frame.getFileName() ?? '?'}:${frame.getLineNumber() ?? 0}`).join('\n')}`;
    };
    try {
      const answers = await Promise.all([read(), read(), read()]);
      expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
      expect(formatted).toEqual([]);
      expect(new Error('probe').stack).toContain('probe'); // the watch does see a stack formatted here
      expect(formatted).toEqual(['Error: probe']);
    } finally {
      Error.prepareStackTrace = original;
    }
  });
});
