import { PGlite } from '@electric-sql/pglite';
import { RegionCode } from '@laa/domain';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { extractPayload, OpenedArchive, writeArchive } from './archive';
import { appliedMigrations, migrationDifferences, postgresVersion, Sql } from './inventory';
import { packFolder, unpackInto } from './tarball';
import { withTemporaryFolder } from './temporary-folder';

/** Process ids (this one included) holding a file of the folder open; null where /proc cannot tell. */
function processesUsing(folder: string): number[] | null {
  if (!existsSync('/proc/self/fd')) return null;
  const root = `${realpathSync(folder)}/`;
  const holds = (pid: string) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(root);
        } catch {
          return false;
        }
      });
    } catch {
      return false;
    }
  };
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && holds(entry))
    .map(Number);
}

/**
 * PGlite lets a second process open a data folder already open elsewhere, and two writers would
 * corrupt it: backup and restore therefore need the platform stopped. PGlite keeps its files open
 * while running, which /proc shows; where there is no /proc, its postmaster.pid (present while open,
 * removed on close) stands in, and is also left behind by a killed platform.
 */
export function assertEmbeddedStoreIdle(dataDir: string): void {
  const holders = processesUsing(dataDir);
  const inUse = holders === null ? existsSync(join(dataDir, 'postmaster.pid')) : holders.length > 0;
  if (!inUse) return;
  const who = holders?.length
    ? ` (process ${holders.join(', ')})`
    : ' (postmaster.pid is present; if no platform runs, it was killed: start and stop it once)';
  throw new Error(
    `The embedded store at ${dataDir} is in use${who}: stop the platform (Ctrl+C or SIGTERM) before a backup or restore`,
  );
}

/** Opens a store for a moment: PGlite recovers one a killed platform left, and the manifest's facts are read. */
async function readStore<T>(dataDir: string, work: (sql: Sql) => Promise<T>): Promise<T> {
  const db = await PGlite.create({ dataDir });
  try {
    return await work(async <R extends Record<string, unknown>>(text: string) => (await db.query<R>(text)).rows);
  } finally {
    await db.close();
  }
}

/**
 * Backs up a region's embedded store, the platform stopped: the data folder as PGlite left it on
 * closing (what PGlite's own dumpDataDir holds), as a gzipped tarball made by tar: several times as fast.
 */
export async function backupEmbedded(options: { dataDir: string; region: RegionCode; out: string }): Promise<void> {
  if (!existsSync(join(options.dataDir, 'PG_VERSION')))
    throw new Error(`No embedded store at ${options.dataDir}: nothing to back up`);
  assertEmbeddedStoreIdle(options.dataDir);
  const facts = await readStore(options.dataDir, async (sql) => ({
    migrations: await appliedMigrations(sql),
    postgresVersion: await postgresVersion(sql),
  }));
  await withTemporaryFolder(async (folder) => {
    const tarball = join(folder, 'store.tar.gz');
    await packFolder(options.dataDir, tarball);
    const manifest = {
      region: options.region,
      store: 'embedded' as const,
      format: 'pglite-datadir-tgz' as const,
      createdAt: new Date().toISOString(),
      source: options.dataDir,
      ...facts,
    };
    await writeArchive(options.out, manifest, tarball);
  });
}

async function isEmptyFolder(folder: string): Promise<boolean> {
  return !existsSync(folder) || (await readdir(folder)).length === 0;
}

/**
 * Restores an embedded backup into `dataDir`: unpacked into a staging folder beside it, opened once by
 * PGlite to check its migrations, and renamed into place only then, so a failed restore leaves the target
 * as it was. A target holding files is refused unless `force` (it is then replaced); a store in use, always.
 */
export async function restoreEmbedded(options: {
  file: string;
  archive: OpenedArchive;
  dataDir: string;
  force: boolean;
}): Promise<string[]> {
  const empty = await isEmptyFolder(options.dataDir);
  if (!empty) assertEmbeddedStoreIdle(options.dataDir);
  if (!empty && !options.force) {
    throw new Error(
      `${options.dataDir} already holds a store: restore into an empty or new folder, or pass --force to replace it (its data is lost)`,
    );
  }
  const suffix = randomBytes(4).toString('hex');
  const staging = join(dirname(options.dataDir), `.${basename(options.dataDir)}.restoring-${suffix}`);
  await mkdir(staging, { recursive: true });
  try {
    await withTemporaryFolder(async (folder) => {
      const tarball = join(folder, 'store.tar.gz');
      await extractPayload(options.file, options.archive, tarball);
      await unpackInto(tarball, staging);
    });
    const found = await readStore(staging, appliedMigrations);
    await swapIntoPlace(staging, options.dataDir, suffix);
    return migrationDifferences(options.archive.manifest.migrations, found);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function swapIntoPlace(staging: string, target: string, suffix: string): Promise<void> {
  const replaced = join(dirname(target), `.${basename(target)}.replaced-${suffix}`);
  if (existsSync(target)) await rename(target, replaced);
  await rename(staging, target);
  await rm(replaced, { recursive: true, force: true });
}
