import { createLogger, RunningHttp } from '@laa/subgraph';
import { developmentUsers, Role } from '@laa/identity';
import { postGraphql, TEST_AUTH_SECRET, TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { startGateway } from './gateway';
import { operationId, readSafelist } from './safelist';

const REGION = 'E12000003';
const SHEFFIELD = '00CG';
let region: TestRegion;
let strictGateway: RunningHttp;

beforeAll(async () => {
  region = await startTestRegion(REGION);
  // A second gateway over the same subgraphs, with a tiny rate limit and the production safelist rule.
  strictGateway = await startGateway({
    region: REGION,
    port: 0,
    subgraphUrls: region.subgraphUrls,
    auth: { secret: TEST_AUTH_SECRET, production: false },
    log: createLogger({ test: true }, 'silent'),
    rateLimitPerMinute: 5,
    safelistOnlyForCouncilSystems: true,
  });
});
afterAll(async () => {
  await strictGateway?.close();
  await region?.stop();
});

const [relationshipManager] = developmentUsers(REGION, SHEFFIELD);
const councilSystem = {
  id: 'sheffield-system',
  name: 'Sheffield council system',
  grants: [{ role: Role.COUNCIL_SYSTEM, region: REGION as 'E12000003', area: SHEFFIELD }],
};

async function post(
  url: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: () => JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] },
  };
}

const nest = (levels: number) => `{ areas { ${'agreement { area { '.repeat(levels)}code${' } }'.repeat(levels)} } }`;

describe('operation limits', () => {
  it('refuses an operation nested too deep with QUERY_TOO_DEEP', async () => {
    const response = await region.query(nest(6));
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses an alias flood with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: region { code }`).join(' ');
    const response = await region.query(`{ ${aliases} }`);
    expect(response.errors?.[0].extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('refuses lists within lists within lists with QUERY_TOO_COMPLEX, before resolving anything', async () => {
    const token = await region.tokenFor(relationshipManager);
    const lists =
      '{ areas { agreement { targets { agreement { targets { agreement { targets { agreement { targets { id } } } } } } } } } }';
    const response = await region.query(lists, { token });
    expect(response.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.data).toBeUndefined();
  });

  it("still answers the console's national view", async () => {
    const response = await region.query(
      '{ region { code name } areas { code name type agreement { id stage synthetic signOff { stage } } } }',
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('request hardening', () => {
  it('refuses batched operations', async () => {
    const response = await post(
      region.gatewayUrl,
      JSON.stringify([{ query: '{ region { code } }' }, { query: '{ region { code } }' }]),
    );
    expect(response.status).toBe(400);
  });

  it('prevents cross-site request forgery: a simple form-like POST is refused', async () => {
    const response = await post(region.gatewayUrl, '{"query":"{ region { code } }"}', { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/CSRF|preflight/i);
  });

  it('answers broken JSON and oversized bodies with a code, not an HTML stack trace', async () => {
    const broken = await post(region.gatewayUrl, '{"query": "{ region {');
    expect(broken.status).toBe(400);
    expect(broken.json().errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    const huge = await post(
      region.gatewayUrl,
      JSON.stringify({ query: `{ region { code } } # ${'x'.repeat(2_000_000)}` }),
    );
    expect(huge.status).toBe(413);
    expect(huge.json().errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(broken.text + huge.text).not.toMatch(/<html|at .*\.(ts|js):\d+/i);
  });

  it("limits each client's rate, counting a signed-in caller wherever it calls from", async () => {
    const token = await region.tokenFor(relationshipManager);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await postGraphql(strictGateway.url, '{ region { code } }', undefined, token)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const refused = await postGraphql(strictGateway.url, '{ region { code } }', undefined, token);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // Another client is not held back by the first one.
    const other = await postGraphql(
      strictGateway.url,
      '{ region { code } }',
      undefined,
      await region.tokenFor(developmentUsers(REGION, SHEFFIELD)[1]),
    );
    expect(other.status).toBe(200);
  });
});

describe('safelisted operations for council systems', () => {
  const safelist = readSafelist();
  const areaAgreement = [...safelist.entries()].find(([, op]) => op.name === 'AreaAgreement')!;

  it('runs a safelisted operation by its id alone', async () => {
    const token = await region.tokenFor(councilSystem);
    const response = await fetch(region.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        variables: { area: SHEFFIELD },
        extensions: { persistedQuery: { version: 1, sha256Hash: areaAgreement[0] } },
      }),
    });
    const body = (await response.json()) as { data?: { area: { code: string; agreement: { targets: unknown[] } } } };
    expect(body.data?.area.code).toBe(SHEFFIELD);
    expect(Array.isArray(body.data?.area.agreement.targets)).toBe(true);
  });

  it('refuses other operations from a council system where the safelist is enforced, but not from people', async () => {
    const system = await postGraphql(
      strictGateway.url,
      '{ areas { code } }',
      undefined,
      await region.tokenFor(councilSystem),
    );
    expect(system.status).toBe(400);
    expect(system.errors?.[0].extensions?.code).toBe('OPERATION_NOT_SAFELISTED');
    const unknownId = await post(
      region.gatewayUrl,
      JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: operationId('nope') } } }),
    );
    expect(unknownId.json().errors?.[0].extensions?.code).toBe('OPERATION_NOT_SAFELISTED');
    // One status for both: a request the server will not run (docs/API.md).
    expect(unknownId.status).toBe(system.status);
  });

  it("lets a council system submit its area's figures through the safelisted ImportObservations where the safelist is enforced", async () => {
    const [id] = [...safelist.entries()].find(([, op]) => op.name === 'ImportObservations')!;
    const csv = `indicator,area,period,value,source,published\nNI116,${SHEFFIELD},1999/00,30,Council feed (test),2000-10-01`;
    const response = await fetch(strictGateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await region.tokenFor(councilSystem)}` },
      body: JSON.stringify({
        variables: { csv, origin: 'council feed' },
        extensions: { persistedQuery: { version: 1, sha256Hash: id } },
      }),
    });
    const body = (await response.json()) as { data?: { importObservations: { inserted: number; rejected: number } } };
    expect(body.data?.importObservations).toEqual(expect.objectContaining({ inserted: 1, rejected: 0 }));
  });

  it('publishes only operations that are valid against the supergraph', async () => {
    for (const { name, document } of safelist.values()) {
      const response = await postGraphql(
        region.gatewayUrl,
        document,
        { area: SHEFFIELD, input: {} },
        await region.tokenFor(relationshipManager),
      );
      expect({ name, codes: response.errors?.map((e) => e.extensions?.code) ?? [] }).not.toEqual({
        name,
        codes: ['GRAPHQL_VALIDATION_FAILED'],
      });
    }
  });
});

describe('malformed values', () => {
  it('answers an id that is not a UUID with BAD_USER_INPUT, not an internal error', async () => {
    const response = await postGraphql(region.gatewayUrl, '{ agreement(id: "not-a-uuid") { stage } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('not in the form it needs');
  });
});

describe('subgraphs behind the gateway', () => {
  it('refuse an anonymous direct call, but answer the gateway and a valid token', async () => {
    const direct = await postGraphql(region.subgraphUrls.partners, '{ region { code } }');
    expect(direct.status).toBe(401);
    expect(direct.errors?.[0].extensions?.code).toBe('GATEWAY_REQUIRED');
    const viaHarness = await region.query<{ region: { code: string } }>('{ region { code } }', {
      subgraph: 'partners',
    });
    expect(viaHarness.data?.region.code).toBe(REGION);
    const withToken = await postGraphql<{ region: { code: string } }>(
      region.subgraphUrls.partners,
      '{ region { code } }',
      undefined,
      await region.tokenFor(relationshipManager),
    );
    expect(withToken.data?.region.code).toBe(REGION);
  });

  it("enforce access themselves: a direct call with a public caller's view gets no drafts", async () => {
    const direct = await region.query(
      `{ _entities(representations: [{ __typename: "Area", code: "${SHEFFIELD}" }]) { ... on Area { agreement { targets { id } } } } }`,
      { subgraph: 'agreements' },
    );
    expect(direct.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('changes from the public', () => {
  const badTarget =
    'mutation { addTarget(input: { agreementId: "not-a-uuid", kind: DESIGNATED, indicatorCode: "" , levels: [1] }) { id } }';

  it('are refused as unauthenticated before their input is read, through the gateway and straight to the subgraph', async () => {
    const viaGateway = await postGraphql(region.gatewayUrl, badTarget);
    expect(viaGateway.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['UNAUTHENTICATED', 'Sign in: addTarget needs an authenticated caller'],
    ]);
    const direct = await region.query(badTarget, { subgraph: 'agreements' });
    expect(direct.status).toBe(200);
    expect(direct.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it("still reach the signed-in caller's validation, and the one public mutation", async () => {
    const signedIn = await postGraphql(
      region.gatewayUrl,
      badTarget,
      undefined,
      await region.tokenFor(relationshipManager),
    );
    expect(signedIn.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const exchange = await postGraphql(
      region.gatewayUrl,
      'mutation { issueApiToken(clientId: "nobody", secret: "wrong") { expiresAt } }',
    );
    expect(exchange.errors?.[0].message).toBe('Unknown client id, wrong secret or revoked credential');
  });
});
