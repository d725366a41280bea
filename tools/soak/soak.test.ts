import { runSoak } from './soak';
import { soakPassed, soakTable } from './table';

// The short run of the soak and fault harness: two regions of the quick start on the embedded store, mixed load with
// sign/edit races and good and hostile imports, the platform killed mid-import and restarted, then every check.
it('keeps every invariant under mixed load and a crash mid-import, with no 5xx, internal error or unanswered request', async () => {
  const report = await runSoak({
    regions: ['E12000004', 'E12000006'],
    operations: 120,
    concurrency: 4,
    gatewayPortBase: 25_000,
  });
  console.log(soakTable(report));
  expect(report.tally.requests).toBeGreaterThan(200);
  expect(report.faults).toHaveLength(1);
  // The demo data gives East Midlands two agreements the RD has recommended (raced) and East of England one signed (refreshed).
  const checked = (name: string) => report.checks.filter((c) => c.name.startsWith(name)).map((c) => c.checked);
  expect(checked('sign/edit races')).toEqual([2]);
  expect(checked('refresh:')).toEqual([1]);
  expect(checked('imports all or nothing').every((n) => n > 0)).toBe(true);
  expect(checked('no lost update').every((n) => n > 0)).toBe(true);
  expect(report.checks.filter((c) => c.violations.length > 0)).toEqual([]);
  expect(soakPassed(report)).toBe(true);
}, 900_000);
