import { RegionCode } from '@laa/domain';
import { RunningRegion } from '@laa/platform';
import { startRegionOn } from '@laa/platform/testing';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArchive } from './archive';
import { SUBGRAPH_SCHEMAS } from './inventory';
import { withEmbedded } from './backup-testing';
import { backupEmbedded, restoreEmbedded } from './embedded-store';
import { storeSnapshot, StoreSnapshot } from './store-snapshot';

// East of England: its demo data has a signed agreement (with its whole sign-off record) and only ten areas.
const REGION: RegionCode = 'E12000006';
let folder: string;
let store: string;
let running: RunningRegion | undefined;
let original: StoreSnapshot;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'laa-embedded-backup-'));
  store = join(folder, 'store', REGION);
  running = await startRegionOn(REGION, { kind: 'embedded', dataDir: store }, { seedDemo: true });
}, 600_000);
afterAll(async () => {
  await running?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('backup and restore of the embedded store', () => {
  const file = () => join(folder, 'E12000006.backup');

  it('refuses to back up the store while the platform runs, naming what to do', async () => {
    await expect(backupEmbedded({ dataDir: store, region: REGION, out: file() })).rejects.toThrow(
      /is in use .*stop the platform/,
    );
  });

  it("backs up the stopped store and restores it into an empty folder: every table alike, and the signed agreement's whole record", async () => {
    await running!.stop();
    running = undefined;
    await backupEmbedded({ dataDir: store, region: REGION, out: file() });
    const archive = await readArchive(file());
    expect(archive.manifest).toMatchObject({ region: REGION, store: 'embedded', format: 'pglite-datadir-tgz' });
    for (const schema of SUBGRAPH_SCHEMAS) expect(archive.manifest.migrations[schema].length).toBeGreaterThan(0);

    const restored = join(folder, 'restored', REGION);
    expect(await restoreEmbedded({ file: file(), archive, dataDir: restored, force: false })).toEqual([]);
    original = await withEmbedded(store, storeSnapshot);
    expect(original.signOffRecord.sign_off_step.length).toBeGreaterThan(0);
    expect(original.signOffRecord.signed_version.length).toBeGreaterThan(0);
    expect(Object.keys(original.tables)).toEqual(
      expect.arrayContaining(['partners.migrations', 'evidence.observation', 'signoff.signed_version']),
    );
    expect(await withEmbedded(restored, storeSnapshot)).toEqual(original);
  }, 240_000);

  it('refuses to restore over a store that holds data unless forced, and forced replaces it whole', async () => {
    const archive = await readArchive(file());
    const target = join(folder, 'restored', REGION);
    await writeFile(join(target, 'left-by-the-old-store'), 'x');
    await expect(restoreEmbedded({ file: file(), archive, dataDir: target, force: false })).rejects.toThrow(
      /already holds a store: .*--force/,
    );
    expect(existsSync(join(target, 'left-by-the-old-store'))).toBe(true);
    expect(await restoreEmbedded({ file: file(), archive, dataDir: target, force: true })).toEqual([]);
    expect(existsSync(join(target, 'left-by-the-old-store'))).toBe(false);
    expect(readdirSync(join(folder, 'restored'))).toEqual([REGION]);
  }, 240_000);
});
