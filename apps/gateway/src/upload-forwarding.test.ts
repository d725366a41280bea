import { createTokenVerifier, issueToken, Role } from '@laa/identity';
import express from 'express';
import { once } from 'node:events';
import { createServer, request, Server } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { RequestCallers } from './request-callers';
import { uploadRoutes } from './upload-forwarding';

const SECRET = 'upload-forwarding-test-secret-0123456789abcdef';

/** A stand-in evidence subgraph that reads part of an upload and then does what the test says. */
async function fakeSubgraph(
  onUpload: (socket: Socket, server: Server) => void,
): Promise<{ url: string; server: Server }> {
  const sockets = new Set<Socket>();
  const server = createServer((req) => {
    req.once('data', () => onUpload(req.socket, server));
    req.resume();
  });
  server.on('connection', (socket) => sockets.add(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

async function gatewayTo(subgraphUrl: string, silenceLimitMs?: number): Promise<{ url: string; server: Server }> {
  const app = express();
  const callers = new RequestCallers(createTokenVerifier({ secret: SECRET }));
  const urls = { evidence: subgraphUrl, partners: subgraphUrl, agreements: subgraphUrl, signoff: subgraphUrl };
  for (const route of uploadRoutes(urls, 'key', callers, [], silenceLimitMs)) app.post(route.path, ...route.handlers);
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Sends an upload that keeps going (as a large file does) and waits for the gateway's answer. */
async function upload(
  gatewayUrl: string,
  rowsSent = Infinity,
): Promise<{ status: number; body: { errors?: { extensions: { code: string } }[] } }> {
  const token = await issueToken(
    SECRET,
    { id: 'goanalyst-E12000003', name: 'Gina Analyst', grants: [{ role: Role.GO_ANALYST, region: 'E12000003' }] },
    600,
  );
  return new Promise((resolve, reject) => {
    const sending = request(`${gatewayUrl}/imports/observations?origin=big.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    });
    let sent = 0;
    const rows = setInterval(() => {
      if (sent++ < rowsSent) sending.write('NI116,00CG,2003/04,24.5,,,,,ONS,2004-10-01,false\n'.repeat(100));
      else sending.end();
    }, 5);
    sending.on('response', (response) => {
      clearInterval(rows);
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(body) }));
    });
    sending.on('error', (error) => {
      clearInterval(rows);
      reject(error);
    });
    sending.write('indicator,area,period,value,numerator,denominator,ci_lower,ci_upper,source,published,provisional\n');
  });
}

describe('forwarding an upload when the evidence subgraph dies', () => {
  const servers: Server[] = [];
  afterEach(() =>
    servers.splice(0).forEach((s) => {
      s.close();
      s.closeAllConnections();
    }),
  );

  it("answers the caller SUBGRAPH_UNAVAILABLE (502) when the subgraph's server is closed mid-upload", async () => {
    const subgraph = await fakeSubgraph((socket, server) => {
      server.close();
      socket.destroy();
    });
    const gateway = await gatewayTo(subgraph.url);
    servers.push(subgraph.server, gateway.server);
    const answer = await upload(gateway.url);
    expect(answer.status).toBe(502);
    expect(answer.body.errors?.[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
  });

  it('answers SUBGRAPH_UNAVAILABLE when the subgraph takes the whole upload and then falls silent beyond the limit', async () => {
    const subgraph = await fakeSubgraph(() => undefined);
    const gateway = await gatewayTo(subgraph.url, 300);
    servers.push(subgraph.server, gateway.server);
    const answer = await upload(gateway.url, 3);
    expect(answer.status).toBe(502);
    expect(answer.body.errors?.[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
  });

  it('answers SUBGRAPH_UNAVAILABLE when no subgraph listens', async () => {
    const gateway = await gatewayTo('http://127.0.0.1:9/');
    servers.push(gateway.server);
    const answer = await upload(gateway.url);
    expect(answer.status).toBe(502);
    expect(answer.body.errors?.[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
  });
});
