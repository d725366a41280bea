import { BoundedLabel } from './bounded-label';
import { ServiceMetrics } from './metrics';

const sample = (text: string, metric: string, labels: string) =>
  text
    .split('\n')
    .find((line) => line.startsWith(`${metric}{`) && line.includes(labels))
    ?.split(' ')
    .pop();

describe('service metrics', () => {
  it('labels every sample with its service and region, so two services in one process do not collide', async () => {
    const partners = new ServiceMetrics({ service: 'partners', region: 'E12000001' });
    const gateway = new ServiceMetrics({ service: 'gateway', region: 'E12000009' });
    partners.recordRequest('AreaQuery', 0.02, []);
    partners.recordRequest('AreaQuery', 0.03, ['FORBIDDEN']);
    gateway.recordRequest('Other', 0.01, []);
    const text = (await partners.scrape()).body;
    expect(sample(text, 'laa_graphql_requests_total', 'operation="AreaQuery"')).toBe('2');
    expect(text).toContain('service="partners"');
    expect(text).toContain('region="E12000001"');
    expect(text).not.toContain('gateway');
    expect(sample(text, 'laa_graphql_errors_total', 'code="FORBIDDEN"')).toBe('1');
    expect(sample(text, 'laa_graphql_request_duration_seconds_count', 'operation="AreaQuery"')).toBe('2');
  });

  it('reads the database pool at each scrape', async () => {
    const metrics = new ServiceMetrics({ service: 'evidence', region: 'E12000003' });
    let waiting = 0;
    metrics.watchPool(() => ({ total: 4, idle: 1, waiting }));
    expect(sample((await metrics.scrape()).body, 'laa_db_pool_connections', 'state="waiting"')).toBe('0');
    waiting = 3;
    const text = (await metrics.scrape()).body;
    expect(sample(text, 'laa_db_pool_connections', 'state="waiting"')).toBe('3');
    expect(sample(text, 'laa_db_pool_connections', 'state="total"')).toBe('4');
  });

  it('counts imported rows accepted and rejected', async () => {
    const metrics = new ServiceMetrics({ service: 'evidence', region: 'E12000003' });
    metrics.recordImportRows(10, 2);
    metrics.recordImportRows(5, 0);
    const text = (await metrics.scrape()).body;
    expect(sample(text, 'laa_evidence_import_rows_total', 'outcome="accepted"')).toBe('15');
    expect(sample(text, 'laa_evidence_import_rows_total', 'outcome="rejected"')).toBe('2');
  });
});

describe('a bounded label', () => {
  it('keeps the first well-formed values and counts the rest as other, a missing one as anonymous', () => {
    const label = new BoundedLabel(2, /^[A-Za-z]+$/);
    expect([label.of('One'), label.of('Two'), label.of('Three'), label.of('One')]).toEqual([
      'One',
      'Two',
      'other',
      'One',
    ]);
    expect(label.of('bad name; drop table')).toBe('other');
    expect(label.of(undefined)).toBe('anonymous');
  });
});
