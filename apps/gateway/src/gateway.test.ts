import { developmentUsers } from '@laa/identity';
import { postGraphql, TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

const SHEFFIELD = '00CG';
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion('E12000003');
});
afterAll(() => region?.stop());

const [relationshipManager] = developmentUsers('E12000003', SHEFFIELD);

describe('a regional gateway', () => {
  it("lists the region's own areas: Yorkshire and the Humber has 15", async () => {
    const { data } = await region.query<{ region: { code: string }; areas: { code: string; name: string }[] }>(
      '{ region { code } areas { code name } }',
    );
    expect(data?.region.code).toBe('E12000003');
    expect(data?.areas).toHaveLength(15);
    expect(data?.areas.map((a) => a.name)).toEqual(expect.arrayContaining(['Sheffield', 'North Yorkshire', 'York']));
  });

  it('resolves one query across all four subgraphs', async () => {
    const token = await region.tokenFor(relationshipManager);
    const { data, errors } = await region.query<{
      area: {
        name: string;
        partnership: { name: string };
        agreement: {
          stage: string;
          targets: { indicator: { code: string; title: string | null } }[];
          signOff: { stage: string };
        };
      };
    }>(
      `{ area(code: "E08000019") { name partnership { name }
           agreement { stage signOff { stage } targets { indicator { code title } baseline { value } } } } }`,
      { token },
    );
    expect(errors).toBeUndefined();
    expect(data?.area.name).toBe('Sheffield');
    expect(data?.area.partnership.name).toContain('Sheffield');
    expect(data?.area.agreement.signOff.stage).toMatch(/^[A-Z_]+$/);
    for (const target of data?.area.agreement.targets ?? []) expect(target.indicator.code).toMatch(/^NI\d+$/);
  });

  it("returns the evidence subgraph's indicator for a target of an agreement with targets", async () => {
    const token = await region.tokenFor(relationshipManager);
    const { data } = await region.query<{
      areas: { agreement: { targets: { indicator: { code: string; title: string | null; titleStatus: string } }[] } }[];
    }>('{ areas { agreement { targets { indicator { code title titleStatus } } } } }', { token });
    const targets = data?.areas.flatMap((a) => a.agreement.targets) ?? [];
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => ['SOURCED', 'UNVERIFIED', 'MISSING'].includes(t.indicator.titleStatus))).toBe(true);
  });

  it('refuses a tampered token with 401 and a stable code, before any subgraph runs', async () => {
    const token = await region.tokenFor(relationshipManager);
    const tampered = `${token.slice(0, -4)}AAAA`;
    const response = await region.query('{ region { code } }', { token: tampered });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const token = await region.tokenFor(relationshipManager, -10);
    const response = await region.query('{ region { code } }', { token });
    expect(response.errors?.[0].message).toMatch(/expired/);
  });

  it('keeps draft targets from the public with UNAUTHENTICATED and no stack trace', async () => {
    const { data, errors } = await region.query<{ area: { agreement: { stage: string } } }>(
      `{ area(code: "${SHEFFIELD}") { agreement { stage targets { id } } } }`,
    );
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at .*\.ts/);
    expect(data?.area).toBeDefined();
  });

  it('answers malformed operations with a client error code, not a 5xx', async () => {
    const response = await postGraphql(region.gatewayUrl, '{ areas { nonsense } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
