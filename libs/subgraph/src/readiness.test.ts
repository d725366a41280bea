import { ErrorCode } from '@laa/errors';
import { createServer, request, Server } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { peerSubgraphs } from './peers';
import { checkReadiness, checksAsked, serviceAnswers } from './readiness';
import { drainable } from './termination';

const SECRET = 'a-secret-for-the-readiness-tests-only-0123456789';

async function listening(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listening(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('readiness', () => {
  it("gives each check's state: ok, its failure, or no answer in time", async () => {
    const readiness = await checkReadiness(
      [
        { name: 'database', check: async () => undefined },
        { name: 'signoff', check: async () => Promise.reject(new Error('down: ECONNREFUSED')) },
        { name: 'slow', check: () => new Promise(() => undefined) },
      ],
      50,
    );
    expect(readiness).toEqual({
      ready: false,
      checks: { database: 'ok', signoff: 'down: ECONNREFUSED', slow: 'no answer within 50 ms' },
    });
  });

  it('says a peer is down when nothing answers its address, and names the variable when it has none', async () => {
    const port = await closedPort();
    const readiness = await checkReadiness([
      serviceAnswers('signoff', () => `http://127.0.0.1:${port}/graphql`, 'SIGNOFF_URL'),
      serviceAnswers('evidence', () => undefined, 'EVIDENCE_URL'),
    ]);
    expect(readiness.checks).toEqual({ signoff: 'down: ECONNREFUSED', evidence: 'not configured (EVIDENCE_URL)' });
  });
});

describe("an orchestrator's readiness probe (/ready?peers=false)", () => {
  const database = { name: 'database', check: async () => undefined };
  const signoff = serviceAnswers('signoff', () => 'http://127.0.0.1:1/graphql', 'SIGNOFF_URL');

  it("runs the service's own checks only, so another service's outage takes no pod of this one out of service", async () => {
    expect(checksAsked([database, signoff], { peers: 'false' }).map((c) => c.name)).toEqual(['database']);
    expect(await checkReadiness(checksAsked([database, signoff], { peers: 'false' }))).toEqual({
      ready: true,
      checks: { database: 'ok' },
    });
  });

  it('runs every check, peers too, when asked plainly', () => {
    expect(checksAsked([database, signoff], {}).map((c) => c.name)).toEqual(['database', 'signoff']);
    expect(checksAsked([database, signoff], { peers: 'true' }).map((c) => c.name)).toEqual(['database', 'signoff']);
  });
});

describe('a peer that does not answer', () => {
  it('fails the rule that asked it with SUBGRAPH_UNAVAILABLE naming the service, down or unconfigured', async () => {
    const port = await closedPort();
    const peers = peerSubgraphs({ signoff: `http://127.0.0.1:${port}/graphql` }, SECRET, ['signoff', 'evidence']);
    await expect(peers.query('signoff', '{ __typename }', {})).rejects.toMatchObject({
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, service: 'signoff' },
    });
    await expect(peers.query('evidence', '{ __typename }', {})).rejects.toMatchObject({
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, service: 'evidence' },
    });
  });

  it('refuses a call the topology registry does not list, though the launcher knows the address', async () => {
    const peers = peerSubgraphs({ partners: 'http://127.0.0.1:1/graphql' }, SECRET, []);
    await expect(peers.query('partners', '{ __typename }', {})).rejects.toThrow(/SUBGRAPH_TOPOLOGY does not list/);
  });
});

describe('draining', () => {
  it('answers the request in flight, refuses new connections meanwhile, then finishes', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const server = createServer((_req, res) => void held.then(() => res.end('answered')));
    const drain = drainable(server);
    const port = await listening(server);
    const answer = new Promise<string>((resolve, reject) => {
      request({ port, host: '127.0.0.1', path: '/' }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(body));
      })
        .on('error', reject)
        .end();
    });
    await new Promise((resolve) => server.once('request', resolve));
    const drained = drain();
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => resolve('accepted'));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    release();
    expect(await answer).toBe('answered');
    await drained;
    expect(server.listening).toBe(false);
  });
});
