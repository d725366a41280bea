import { RegionCode } from '@laa/domain';
import { RunningRegion } from '@laa/platform';
import { dropTestDatabase, freshDatabaseUrl, testDatabaseServer, TestRegion } from '@laa/testing';
import { startRegionOn, startTestRegion } from '@laa/platform/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArchive } from './archive';
import { SUBGRAPH_SCHEMAS } from './inventory';
import { signOffThroughGateway, withServer } from './backup-testing';
import { backupServer, restoreServer } from './server-store';
import { storeSnapshot, StoreSnapshot } from './store-snapshot';

// East of England: its demo data has a signed agreement (with its whole sign-off record) and only ten areas.
const REGION: RegionCode = 'E12000006';
let region: TestRegion;
let folder: string;
let restoredUrl: string;
let original: StoreSnapshot;
let restoredRegion: RunningRegion | undefined;

beforeAll(async () => {
  region = await startTestRegion(REGION);
  folder = await mkdtemp(join(tmpdir(), 'laa-server-backup-'));
}, 600_000);
afterAll(async () => {
  await restoredRegion?.stop();
  await region?.stop();
  if (restoredUrl) await dropTestDatabase(restoredUrl);
  await rm(folder, { recursive: true, force: true });
});

describe('backup and restore on a PostgreSQL server', () => {
  it("backs up a running region and restores it into a new database: every table alike, and the signed agreement's whole record", async () => {
    expect(region.databaseKind).toBe('server');
    const file = join(folder, 'E12000006.backup');
    await backupServer({ url: region.databaseConnection.url, region: REGION, out: file });
    original = await withServer(region.databaseConnection.url, storeSnapshot);
    expect(Object.keys(original.tables)).toEqual(
      expect.arrayContaining([
        'partners.migrations',
        'evidence.observation',
        'agreements.migrations',
        'signoff.signed_version',
        'signoff.sign_off_step',
      ]),
    );
    expect(original.signOffRecord.sign_off_step.length).toBeGreaterThan(0);
    expect(original.signOffRecord.signed_version.length).toBeGreaterThan(0);

    const archive = await readArchive(file);
    expect(archive.manifest).toMatchObject({
      region: REGION,
      store: 'server',
      format: 'pg_dump-custom',
      postgresVersion: expect.stringMatching(/^\d+/),
    });
    for (const schema of SUBGRAPH_SCHEMAS) expect(archive.manifest.migrations[schema].length).toBeGreaterThan(0);

    restoredUrl = freshDatabaseUrl((await testDatabaseServer())!, 'restored');
    expect(await restoreServer({ file, archive, url: restoredUrl, force: false })).toEqual([]);
    expect(await withServer(restoredUrl, storeSnapshot)).toEqual(original);

    await expect(restoreServer({ file, archive, url: restoredUrl, force: false })).rejects.toThrow(
      /is not empty: .*--force/,
    );
  }, 120_000);

  it("serves the restored region: the gateway gives the signed agreement's sign-off as before", async () => {
    restoredRegion = await startRegionOn(REGION, { kind: 'server', url: restoredUrl }, { seedDemo: false });
    const before = await signOffThroughGateway(region.gatewayUrl, REGION, original.signedAgreementId);
    expect(before).toMatchObject({ signOff: { stage: 'SIGNED' } });
    expect(await signOffThroughGateway(restoredRegion.gatewayUrl, REGION, original.signedAgreementId)).toEqual(before);
  }, 120_000);
});
