import { developmentUsers, issueToken } from '@laa/identity';
import { postGraphql, spawnLauncher } from '@laa/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The quick start on the embedded database, as a user runs it: two regions, then a restart.
const SECRET = 'quick-start-test-secret-0123456789-abcdefghij';
const PORTS = { GATEWAY_PORT_BASE: '24000', SUBGRAPH_PORT_BASE: '24100', CONSOLE_PORT: '24200' };
const YORKSHIRE = 'http://127.0.0.1:24003/graphql';
const dataDir = mkdtempSync(join(tmpdir(), 'laa-quick-start-'));
const env = { ...PORTS, REGIONS: 'E12000003,E12000007', DATA_DIR: dataDir, AUTH_SECRET: SECRET, DATABASE_URL: '' };

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type TargetsResult = {
  areas: { code: string; agreement: { targets: { id: string; version: number; levels: number[] }[] } }[];
};

describe('the quick start on embedded PostgreSQL', () => {
  it('starts seeded regions, and a restart keeps what was written', async () => {
    let changedTarget = { id: '', version: 0 };
    const token = await issueToken(SECRET, developmentUsers('E12000003', '00CG')[0]);
    const first = spawnLauncher(env);
    try {
      await first.ready;
      expect(first.output()).toContain('http://localhost:24003/graphql');
      const london = await postGraphql<{ areas: unknown[] }>('http://127.0.0.1:24007/graphql', '{ areas { code } }');
      expect(london.data?.areas).toHaveLength(33);
      // The national evidence was imported and derived once, and both new stores started as copies of it.
      expect(first.output()).toContain('national evidence imported once, copied into 2 new region stores');
      const evidence = await postGraphql<{
        area: { indicatorEvidence: { benchmark: { areasRanked: number; derivedAsOf: string | null } } };
      }>(
        'http://127.0.0.1:24007/graphql',
        '{ area(code: "00AG") { indicatorEvidence(indicator: "NI116") { benchmark { areasRanked derivedAsOf } } } }',
      );
      expect(evidence.data?.area.indicatorEvidence.benchmark.areasRanked).toBeGreaterThan(140);
      expect(evidence.data?.area.indicatorEvidence.benchmark.derivedAsOf).toBeTruthy();

      const before = await postGraphql<TargetsResult>(
        YORKSHIRE,
        '{ areas { code agreement { targets { id version levels } } } }',
        {},
        token,
      );
      const target = before.data?.areas.flatMap((a) => a.agreement.targets)[0];
      if (!target) throw new Error('no demo target to change');
      changedTarget = target;
      const changed = await postGraphql(
        YORKSHIRE,
        'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { version } }',
        // The demo's own levels already move the better way; writing them again makes a new version.
        { input: { targetId: target.id, expectedVersion: target.version, levels: target.levels } },
        token,
      );
      expect(changed.errors).toBeUndefined();
    } finally {
      await first.stop();
    }

    const second = spawnLauncher(env);
    try {
      await second.ready;
      expect(second.output()).not.toContain('copied into');
      const after = await postGraphql<TargetsResult>(
        YORKSHIRE,
        '{ areas { code agreement { targets { id version levels } } } }',
        {},
        token,
      );
      const kept = after.data?.areas.flatMap((a) => a.agreement.targets).find((t) => t.id === changedTarget.id);
      expect(kept?.version).toBe(changedTarget.version + 1);
    } finally {
      await second.stop();
    }
  }, 720_000);
});
