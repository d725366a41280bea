import { Role } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

// Every service answers /metrics for itself: the gateway counts client operations and its subgraph
// fetches, each subgraph its own requests and pool, evidence the rows it imports.
const REGION = 'E12000003' as const;
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: false });
});
afterAll(() => region?.stop());

async function scrape(graphqlUrl: string): Promise<string> {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of the sample of `metric` whose labels include every one given (0 when there is none yet). */
function valueOf(text: string, metric: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([name, value]) => `${name}="${value}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${metric}{`) && wanted.every((label) => l.includes(label)));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('metrics', () => {
  it('count requests, subgraph fetches and error codes by operation, at the gateway and at the subgraph', async () => {
    const [gatewayBefore, partnersBefore] = await Promise.all([
      scrape(region.gatewayUrl),
      scrape(region.subgraphUrls.partners),
    ]);
    for (let i = 0; i < 2; i++)
      expect((await region.query('query RegionAreas { areas { code name } }')).errors).toBeUndefined();
    expect((await region.query('query Broken { noSuchField }')).errors?.[0].extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    const [gateway, partners] = await Promise.all([scrape(region.gatewayUrl), scrape(region.subgraphUrls.partners)]);

    const moved = (text: string, before: string, metric: string, labels: Record<string, string>) =>
      valueOf(text, metric, labels) - valueOf(before, metric, labels);
    expect(
      moved(gateway, gatewayBefore, 'laa_graphql_requests_total', {
        operation: 'RegionAreas',
        service: 'gateway',
        region: REGION,
      }),
    ).toBe(2);
    expect(
      moved(gateway, gatewayBefore, 'laa_graphql_request_duration_seconds_count', { operation: 'RegionAreas' }),
    ).toBe(2);
    // An operation that fails validation is never resolved: without a client-sent operationName it counts as anonymous.
    expect(
      moved(gateway, gatewayBefore, 'laa_graphql_errors_total', {
        operation: 'anonymous',
        code: 'GRAPHQL_VALIDATION_FAILED',
      }),
    ).toBe(1);
    expect(
      moved(gateway, gatewayBefore, 'laa_subgraph_fetch_duration_seconds_count', {
        subgraph: 'partners',
        operation: 'RegionAreas',
        outcome: 'ok',
      }),
    ).toBe(2);
    // The gateway names its fetch from the client's operation.
    expect(
      moved(partners, partnersBefore, 'laa_graphql_requests_total', {
        operation: 'RegionAreas__partners__0',
        service: 'partners',
      }),
    ).toBe(2);
    expect(valueOf(partners, 'laa_db_pool_connections', { state: 'total', service: 'partners' })).toBeGreaterThan(0);
    expect(partners).not.toContain('service="gateway"');
  });

  it('count the rows an evidence import accepts and rejects, and never name the caller', async () => {
    const before = await scrape(region.subgraphUrls.evidence);
    const analyst = {
      id: `goanalyst-${REGION}`,
      name: 'Gina Analyst',
      grants: [{ role: Role.GO_ANALYST, region: REGION }],
    };
    const token = await region.tokenFor(analyst);
    const csv = [
      'indicator,area,period,value,numerator,denominator,ci_lower,ci_upper,source,published,provisional',
      'NI116,00CG,2003/04,24.5,,,,,Metrics Test Source,2004-10-01,false',
      'NI999,00CG,2003/04,1,,,,,Metrics Test Source,2004-10-01,false',
    ].join('\n');
    const response = await fetch(new URL('/imports/observations?origin=metrics.csv', region.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: csv,
    });
    expect(response.status).toBe(200);
    const after = await scrape(region.subgraphUrls.evidence);
    const rows = (text: string, outcome: string) =>
      valueOf(text, 'laa_evidence_import_rows_total', { outcome, service: 'evidence' });
    expect(rows(after, 'accepted') - rows(before, 'accepted')).toBe(1);
    expect(rows(after, 'rejected') - rows(before, 'rejected')).toBe(1);
    expect(after).not.toContain(analyst.id);
    expect(await scrape(region.gatewayUrl)).not.toContain(analyst.id);
  });
});
