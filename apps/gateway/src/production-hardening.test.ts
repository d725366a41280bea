import { developmentUsers, GATEWAY_KEY_HEADER, gatewayKey, Role, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@laa/identity';
import { Logger, RunningHttp } from '@laa/subgraph';
import { postGraphql, TEST_AUTH_SECRET, TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { SignJWT } from 'jose';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startGateway } from './gateway';
import { readSafelist } from './safelist';

const REGION = 'E12000003';
const SHEFFIELD = '00CG';
let region: TestRegion;
let production: RunningHttp;
let logged: RunningHttp;
const lines: Record<string, unknown>[] = [];

/** A logger that keeps every line, to read the access log back. */
function recordingLogger(): Logger {
  const record = (message: string, fields?: Record<string, unknown>) => void lines.push({ message, ...fields });
  const logger: Logger = {
    debug: record,
    info: record,
    warn: record,
    error: record,
    audit: record,
    child: () => logger,
  };
  return logger;
}

beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: false });
  const common = { region: REGION, port: 0, subgraphUrls: region.subgraphUrls } as const;
  production = await startGateway({
    ...common,
    auth: { secret: TEST_AUTH_SECRET, production: true },
    log: recordingLogger(),
  });
  logged = await startGateway({
    ...common,
    auth: { secret: TEST_AUTH_SECRET, production: false },
    log: recordingLogger(),
    rateLimitPerMinute: 3,
    safelistOnlyForCouncilSystems: true,
  });
});
afterAll(async () => {
  await production?.close();
  await logged?.close();
  await region?.stop();
});

const [relationshipManager, themeLead, regionalDirector, partnershipOfficer] = developmentUsers(REGION, SHEFFIELD);
const councilSystem = {
  id: 'system:sheffield',
  name: 'Sheffield council system',
  grants: [{ role: Role.COUNCIL_SYSTEM, region: REGION as 'E12000003', area: SHEFFIELD }],
};
const nationalIndicators = [...readSafelist().values()].find((op) => op.name === 'NationalIndicators')!.document;

describe('with introspection off (production)', () => {
  it('hides "Did you mean" suggestions that would give field names away', async () => {
    const development = await postGraphql(region.gatewayUrl, '{ areas { nam } }');
    expect(development.errors?.[0].message).toMatch(/Did you mean/);
    const refused = await postGraphql(production.url, '{ areas { nam } }');
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.errors?.[0].message).toBe('Cannot query field "nam" on type "Area".');
  });
});

describe('a subgraph called without its gateway', () => {
  it('gives its schema (_service { sdl }) to the gateway only, not to a signed-in user', async () => {
    const user = await postGraphql(
      region.subgraphUrls.partners,
      '{ _service { sdl } }',
      undefined,
      await region.tokenFor(regionalDirector),
    );
    expect(user.status).toBe(403);
    expect(user.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const gateway = await region.query<{ _service: { sdl: string } }>('{ _service { sdl } }', { subgraph: 'partners' });
    expect(gateway.data?._service.sdl).toContain('type Area');
  });

  it('runs only safelisted operations for a council system, as the gateway does', async () => {
    const token = await region.tokenFor(councilSystem);
    const freeForm = await postGraphql(region.subgraphUrls.evidence, '{ indicators { code } }', undefined, token);
    expect(freeForm.status).toBe(400);
    expect(freeForm.errors?.[0].extensions?.code).toBe('OPERATION_NOT_SAFELISTED');
    const safelisted = await postGraphql<{ indicators: unknown[] }>(
      region.subgraphUrls.evidence,
      nationalIndicators,
      undefined,
      token,
    );
    expect(safelisted.data?.indicators.length).toBeGreaterThan(100);
    const person = await postGraphql<{ indicators: unknown[] }>(
      region.subgraphUrls.evidence,
      '{ indicators { code } }',
      undefined,
      await region.tokenFor(themeLead),
    );
    expect(person.errors).toBeUndefined();
  });
});

describe('tokens', () => {
  it('are refused without an expiry, at the gateway and at a subgraph', async () => {
    const unexpiring = await new SignJWT({
      name: 'Forever',
      grants: [{ role: Role.REGIONAL_DIRECTOR, region: REGION }],
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('forever')
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    for (const url of [region.gatewayUrl, region.subgraphUrls.partners]) {
      const response = await postGraphql(url, '{ region { code } }', undefined, unexpiring);
      expect(response.status).toBe(401);
      expect(response.errors?.[0]).toMatchObject({
        message: 'The token has no expiry (exp): tokens must expire',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });
});

const CREATE =
  'mutation ($area: String!) { createApiCredential(areaCode: $area, name: "Sheffield performance system") { secret credential { id clientId } } }';
const EXCHANGE =
  'mutation ($id: String!, $secret: String!) { issueApiToken(clientId: $id, secret: $secret) { token } }';

async function councilToken() {
  const staff = await region.tokenFor(relationshipManager);
  const created = await region.query<{
    createApiCredential: { secret: string; credential: { id: string; clientId: string } };
  }>(CREATE, { variables: { area: SHEFFIELD }, token: staff });
  const { secret, credential } = created.data!.createApiCredential;
  const exchanged = await region.query<{ issueApiToken: { token: string } }>(EXCHANGE, {
    variables: { id: credential.clientId, secret },
  });
  return { staff, credential, token: exchanged.data!.issueApiToken.token };
}

/** The token's answer at the gateway and straight at a subgraph (a safelisted operation, as a council system may send). */
async function statuses(token: string) {
  const viaGateway = await postGraphql(
    region.gatewayUrl,
    `{ area(code: "${SHEFFIELD}") { agreement { targets { id } } } }`,
    undefined,
    token,
  );
  const direct = await postGraphql(region.subgraphUrls.evidence, nationalIndicators, undefined, token);
  return [viaGateway.status, direct.status, viaGateway.errors?.[0]?.extensions?.code ?? 'ok'];
}

describe('revoking or rotating a council system credential', () => {
  it('stops its tokens at once: the next request with one is refused', async () => {
    const { staff, credential, token } = await councilToken();
    expect(await statuses(token)).toEqual([200, 200, 'ok']);
    const revoked = await region.query(
      'mutation ($id: ID!) { revokeApiCredential(id: $id, reason: "Laptop stolen") { revokedAt } }',
      { variables: { id: credential.id }, token: staff },
    );
    expect(revoked.errors).toBeUndefined();
    expect(await statuses(token)).toEqual([401, 401, 'UNAUTHENTICATED']);
  });

  it('rotation stops the tokens of the old secret; tokens of the new one work', async () => {
    const { staff, credential, token } = await councilToken();
    const rotated = await region.query<{ rotateApiCredential: { secret: string } }>(
      'mutation ($id: ID!) { rotateApiCredential(id: $id) { secret } }',
      { variables: { id: credential.id }, token: staff },
    );
    expect(await statuses(token)).toEqual([401, 401, 'UNAUTHENTICATED']);
    const renewed = await region.query<{ issueApiToken: { token: string } }>(EXCHANGE, {
      variables: { id: credential.clientId, secret: rotated.data!.rotateApiCredential.secret },
    });
    expect(await statuses(renewed.data!.issueApiToken.token)).toEqual([200, 200, 'ok']);
  });
});

/** Waits for the access log's line about a refusal (written as the response finishes). */
async function accessLine(code: string) {
  for (let i = 0; i < 50 && !lines.some((line) => (line.errors as string[] | undefined)?.includes(code)); i++)
    await new Promise((r) => setTimeout(r, 20));
  return lines.filter((line) => line.message === 'access' && (line.errors as string[] | undefined)?.includes(code));
}

describe('refused requests', () => {
  it('leave one access-log line each, with status, code and caller, never the token', async () => {
    const badToken = `${await region.tokenFor(partnershipOfficer)}x`;
    expect((await postGraphql(logged.url, '{ region { code } }', undefined, badToken)).status).toBe(401);
    const huge = await fetch(logged.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ region { code } } # ${'x'.repeat(2_000_000)}` }),
    });
    expect(huge.status).toBe(413);
    const system = await region.tokenFor(councilSystem);
    expect((await postGraphql(logged.url, '{ areas { code } }', undefined, system)).status).toBe(400);
    const limited = await region.tokenFor(themeLead);
    const rates = [];
    for (let i = 0; i < 4; i++)
      rates.push((await postGraphql(logged.url, '{ region { code } }', undefined, limited)).status);
    expect(rates).toEqual([200, 200, 200, 429]);
    expect(await accessLine('UNAUTHENTICATED')).toEqual([expect.objectContaining({ status: 401, caller: 'unknown' })]);
    expect(await accessLine('PAYLOAD_TOO_LARGE')).toEqual([expect.objectContaining({ status: 413 })]);
    expect(await accessLine('OPERATION_NOT_SAFELISTED')).toEqual([
      expect.objectContaining({ status: 400, caller: councilSystem.id }),
    ]);
    expect(await accessLine('RATE_LIMITED')).toEqual([expect.objectContaining({ status: 429, caller: themeLead.id })]);
    expect(JSON.stringify(lines)).not.toContain(badToken.slice(0, 40));
  });
});

describe('an operation far bigger than any client needs', () => {
  it('is refused before it is validated: 50,000 __typename aliases (too large), 1,500 (too many aliases)', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const flood = await postGraphql(region.gatewayUrl, aliases(50_000));
    expect([flood.status, flood.errors?.[0].extensions?.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const many = await postGraphql(region.gatewayUrl, aliases(1_500));
    expect([many.status, many.errors?.[0].extensions?.code]).toEqual([400, 'TOO_MANY_ALIASES']);
    const straight = await postGraphql(region.subgraphUrls.partners, aliases(1_500), undefined, undefined, {
      [GATEWAY_KEY_HEADER]: gatewayKey(TEST_AUTH_SECRET),
    });
    expect(straight.errors?.[0].extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it("is refused by cost when it asks for every area's evidence profile", async () => {
    const response = await postGraphql(
      region.gatewayUrl,
      '{ areas { evidenceProfile { indicator { code } series { period value } } } }',
    );
    expect([response.status, response.errors?.[0].extensions?.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });
});

/**
 * Stands between a gateway and the real evidence subgraph and holds every request until released: the test's
 * expensive queries stay in flight for as long as it needs, whatever the machine's speed.
 */
async function holdingProxy(target: string) {
  const held: (() => void)[] = [];
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    await new Promise<void>((resolve) => held.push(resolve));
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'content-length' && e[0] !== 'host',
      ),
    );
    const answer = await fetch(target, { method: 'POST', headers, body });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    held,
    release: () => held.splice(0).forEach((resolve) => resolve()),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

describe("one caller's expensive queries", () => {
  it('take at most its in-flight share: the others are refused TOO_MANY_IN_FLIGHT and another caller is answered meanwhile', async () => {
    const proxy = await holdingProxy(region.subgraphUrls.evidence);
    const capped = await startGateway({
      region: REGION,
      port: 0,
      subgraphUrls: { ...region.subgraphUrls, evidence: proxy.url },
      auth: { secret: TEST_AUTH_SECRET, production: false },
      log: recordingLogger(),
      inFlight: { perClient: 2, waitMs: 60_000, maxWaiting: 0 },
    });
    try {
      const flooder = await region.tokenFor(relationshipManager);
      // Two different reads: identical ones in flight at once would be sent to the subgraph once (deduplicated).
      const expensive = (field: string) =>
        postGraphql(capped.url, `{ indicators { code ${field} } }`, undefined, flooder);
      const flood = [expensive('title'), expensive('titleStatus')];
      while (proxy.held.length < 2) await new Promise((r) => setTimeout(r, 10));
      const over = await fetch(capped.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${flooder}` },
        body: JSON.stringify({ query: '{ region { code } }' }),
      });
      expect(over.status).toBe(429);
      expect(over.headers.get('retry-after')).toBe('60');
      expect(((await over.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
        'TOO_MANY_IN_FLIGHT',
      );
      const other = await postGraphql<{ region: { code: string } }>(
        capped.url,
        '{ region { code } }',
        undefined,
        await region.tokenFor(themeLead),
      );
      expect(other.data?.region.code).toBe(REGION);
      expect(proxy.held).toHaveLength(2); // the flood is still in flight
      proxy.release();
      expect((await Promise.all(flood)).map((response) => response.status)).toEqual([200, 200]);
      expect((await postGraphql(capped.url, '{ region { code } }', undefined, flooder)).status).toBe(200);
    } finally {
      proxy.release();
      await capped.close();
      await proxy.close();
    }
  });

  it('lets a further operation wait briefly for a slot, then answers it', async () => {
    const proxy = await holdingProxy(region.subgraphUrls.evidence);
    const queued = await startGateway({
      region: REGION,
      port: 0,
      subgraphUrls: { ...region.subgraphUrls, evidence: proxy.url },
      auth: { secret: TEST_AUTH_SECRET, production: false },
      log: recordingLogger(),
      inFlight: { perClient: 1, waitMs: 120_000, maxWaiting: 1 },
    });
    try {
      const caller = await region.tokenFor(partnershipOfficer);
      const first = postGraphql(queued.url, '{ indicators { code } }', undefined, caller);
      while (proxy.held.length < 1) await new Promise((r) => setTimeout(r, 10));
      let secondAnswered = false;
      const second = postGraphql(queued.url, '{ indicators { code } }', undefined, caller).finally(
        () => (secondAnswered = true),
      );
      // The second waits for the first's slot: it never reaches the subgraph while the first is held.
      await postGraphql(queued.url, '{ region { code } }', undefined, await region.tokenFor(themeLead));
      expect([proxy.held.length, secondAnswered]).toEqual([1, false]);
      proxy.release();
      expect((await first).status).toBe(200);
      while (proxy.held.length < 1) await new Promise((r) => setTimeout(r, 10));
      proxy.release();
      expect((await second).status).toBe(200);
    } finally {
      proxy.release();
      await queued.close();
      await proxy.close();
    }
  });
});
