/// <reference types="node" />
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { fetchWithSession } from './regional-client';
import { currentSession, endRefusedSession, saveSession, sessionWasRefused } from './session';

// The browser's storage and window, as small as session.ts needs them (the console's unit tests run in Node; session.ts
// reads them only when called, so they can be set after the imports).
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}
Object.assign(globalThis, {
  localStorage: new MemoryStorage(),
  sessionStorage: new MemoryStorage(),
  window: new EventTarget(),
});

/** A gateway that refuses every token (as one does an expired one: 401) and answers the public. */
let gateway: Server;
let url: string;
const seen: IncomingHttpHeaders[] = [];
beforeAll(async () => {
  gateway = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(req.headers.authorization ? 401 : 200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        req.headers.authorization
          ? { errors: [{ message: 'token expired', extensions: { code: 'UNAUTHENTICATED' } }] }
          : { data: { region: { code: 'E12000003' } } },
      ),
    );
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => gateway.close(resolve)));

describe('fetchWithSession', () => {
  it('signs the person out when a gateway refuses their token, and asks again without it', async () => {
    saveSession({ token: 'expired.token.here', name: 'Demo Analyst', user: 'analyst' });
    let told = 0;
    window.addEventListener('laa:session', () => (told += 1));
    const response = await fetchWithSession(url, {
      method: 'POST',
      body: '{"query":"{ region { code } }"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ data: { region: { code: 'E12000003' } } });
    expect(seen.map((h) => h.authorization ?? null)).toEqual(['Bearer expired.token.here', null]);
    expect(currentSession()).toBeNull();
    expect(sessionWasRefused()).toBe(true);
    expect(told).toBe(1);
  });

  it('does not end a newer session when an older token is refused', async () => {
    saveSession({ token: 'new.token', name: 'Demo Analyst', user: 'analyst' });
    expect(sessionWasRefused()).toBe(false);
    endRefusedSession('old.token');
    expect(currentSession()?.token).toBe('new.token');
  });
});
