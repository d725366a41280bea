import { databaseOf, withDatabase } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { extractPayload, OpenedArchive, writeArchive } from './archive';
import { appliedMigrations, migrationDifferences, postgresVersion, Sql } from './inventory';
import { connectionArgs, POSTGRES_TOOLS_MISSING, runCommand } from './run-command';
import { withTemporaryFolder } from './temporary-folder';

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, work: (sql: Sql, client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const sql: Sql = async <R extends Record<string, unknown>>(text: string) => (await client.query(text)).rows as R[];
    return await work(sql, client);
  } finally {
    await client.end();
  }
}

async function databaseExists(url: string): Promise<boolean> {
  return withClient(withDatabase(url, 'postgres'), async (_sql, client) =>
    Boolean((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseOf(url)])).rowCount),
  );
}

/**
 * Backs up a region's database on a server with pg_dump's custom format. pg_dump reads one
 * consistent snapshot, so the region may keep running.
 */
export async function backupServer(options: { url: string; region: RegionCode; out: string }): Promise<void> {
  if (!(await databaseExists(options.url)))
    throw new Error(`No database ${databaseOf(options.url)} on the server: nothing to back up`);
  const facts = await withClient(options.url, async (sql) => ({
    migrations: await appliedMigrations(sql),
    postgresVersion: await postgresVersion(sql),
  }));
  await withTemporaryFolder(async (folder) => {
    const dump = join(folder, 'region.dump');
    const connection = connectionArgs(options.url);
    await runCommand(
      'pg_dump',
      ['--format=custom', '--file', dump, '--dbname', connection.url],
      connection.env,
      POSTGRES_TOOLS_MISSING,
    );
    const manifest = {
      region: options.region,
      store: 'server' as const,
      format: 'pg_dump-custom' as const,
      createdAt: new Date().toISOString(),
      source: databaseOf(options.url),
      ...facts,
    };
    await writeArchive(options.out, manifest, dump);
  });
}

/** True when the database holds any table: restoring over it would mix two regions' data. */
async function holdsTables(url: string): Promise<boolean> {
  return withClient(url, async (sql) => {
    const [{ tables }] = await sql<{ tables: string }>(
      "SELECT count(*) AS tables FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return Number(tables) > 0;
  });
}

/**
 * Restores a server backup into the database at `url`, created if missing. It restores into a
 * staging database first and renames it into place only once pg_restore has finished: a failed restore
 * leaves the target as it was. A target holding tables is refused unless `force` (it is then replaced).
 */
export async function restoreServer(options: {
  file: string;
  archive: OpenedArchive;
  url: string;
  force: boolean;
}): Promise<string[]> {
  const target = databaseOf(options.url);
  const exists = await databaseExists(options.url);
  if (exists && !options.force && (await holdsTables(options.url))) {
    throw new Error(
      `The database ${target} is not empty: restore into an empty or new database, or pass --force to replace it (its data is lost)`,
    );
  }
  const staging = withDatabase(options.url, `${target.slice(0, 40)}_restoring_${randomBytes(4).toString('hex')}`);
  const maintenance = withDatabase(options.url, 'postgres');
  await withClient(maintenance, (sql) => sql(`CREATE DATABASE ${quoteIdent(databaseOf(staging))}`));
  try {
    await withTemporaryFolder(async (folder) => {
      const dump = join(folder, 'region.dump');
      await extractPayload(options.file, options.archive, dump);
      const connection = connectionArgs(staging);
      await runCommand(
        'pg_restore',
        ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', connection.url, dump],
        connection.env,
        POSTGRES_TOOLS_MISSING,
      );
    });
    const found = await withClient(staging, appliedMigrations);
    await withClient(maintenance, async (sql) => {
      if (exists) await sql(`DROP DATABASE ${quoteIdent(target)} WITH (FORCE)`);
      await sql(`ALTER DATABASE ${quoteIdent(databaseOf(staging))} RENAME TO ${quoteIdent(target)}`);
    });
    return migrationDifferences(options.archive.manifest.migrations, found);
  } catch (error) {
    await withClient(maintenance, (sql) =>
      sql(`DROP DATABASE IF EXISTS ${quoteIdent(databaseOf(staging))} WITH (FORCE)`),
    ).catch(() => undefined);
    throw error;
  }
}
