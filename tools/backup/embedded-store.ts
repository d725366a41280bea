import { PGlite } from '@electric-sql/pglite';
import { RegionCode } from '@laa/domain';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OpenedArchive, writeArchive } from './archive';
import { appliedMigrations, migrationDifferences, postgresVersion, Sql } from './inventory';

const sqlOf = (db: PGlite): Sql => async <R extends Record<string, unknown>>(text: string) => (await db.query<R>(text)).rows;

/** Process ids (this one included) holding a file of the folder open; null where /proc cannot tell. */
function processesUsing(folder: string): number[] | null {
  if (!existsSync('/proc/self/fd')) return null;
  const root = `${realpathSync(folder)}/`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
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
    })
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
  const who = holders?.length ? ` (process ${holders.join(', ')})` : ' (postmaster.pid is present; if no platform runs, it was killed: start and stop it once)';
  throw new Error(`The embedded store at ${dataDir} is in use${who}: stop the platform (Ctrl+C or SIGTERM) before a backup or restore`);
}

/** Backs up a region's embedded store: PGlite's own dump of its data folder, with the platform stopped. */
export async function backupEmbedded(options: { dataDir: string; region: RegionCode; out: string }): Promise<void> {
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) throw new Error(`No embedded store at ${options.dataDir}: nothing to back up`);
  assertEmbeddedStoreIdle(options.dataDir);
  const db = await PGlite.create({ dataDir: options.dataDir });
  try {
    const sql = sqlOf(db);
    const facts = { migrations: await appliedMigrations(sql), postgresVersion: await postgresVersion(sql) };
    const dump = await db.dumpDataDir('gzip');
    const manifest = { region: options.region, store: 'embedded' as const, format: 'pglite-datadir-tgz' as const, createdAt: new Date().toISOString(), source: options.dataDir, ...facts };
    await writeArchive(options.out, manifest, new Uint8Array(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

async function isEmptyFolder(folder: string): Promise<boolean> {
  return !existsSync(folder) || (await readdir(folder)).length === 0;
}

/**
 * Restores an embedded backup into `dataDir`. PGlite loads the dump into a staging folder beside it,
 * renamed into place only once whole: a failed restore leaves the target as it was. A target holding
 * files is refused unless `force` (it is then replaced); a store in use is always refused.
 */
export async function restoreEmbedded(options: { file: string; archive: OpenedArchive; dataDir: string; force: boolean }): Promise<string[]> {
  const empty = await isEmptyFolder(options.dataDir);
  if (!empty) assertEmbeddedStoreIdle(options.dataDir);
  if (!empty && !options.force) {
    throw new Error(`${options.dataDir} already holds a store: restore into an empty or new folder, or pass --force to replace it (its data is lost)`);
  }
  const suffix = randomBytes(4).toString('hex');
  const staging = join(dirname(options.dataDir), `.${basename(options.dataDir)}.restoring-${suffix}`);
  await mkdir(dirname(options.dataDir), { recursive: true });
  try {
    const bytes = (await readFile(options.file)).subarray(options.archive.payloadOffset);
    const db = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([bytes]) });
    const found = await appliedMigrations(sqlOf(db)).finally(() => db.close());
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
