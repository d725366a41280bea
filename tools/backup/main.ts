import { optionalPostgresUrl, readEnvironment, regionCode, regionDatabaseName } from '@laa/config';
import { withDatabase } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { assertNewBackupFile, readArchive } from './archive';
import { backupEmbedded, restoreEmbedded } from './embedded-store';
import { backupServer, restoreServer } from './server-store';

const USAGE = `Backs up one region's store to a file, and restores it.

  npm run backup -- --region E12000003 --out FILE [--database-url URL] [--database NAME] [--data-dir DIR]
  npm run restore -- FILE [--force] [--database-url URL] [--database NAME] [--data-dir DIR]

Which store, as the launcher chooses: a server when DATABASE_URL (or --database-url) is set, the region's
database laa_<region> there (or --database NAME); else the embedded store in DATA_DIR/<region> (.data), or --data-dir.
A server is backed up with pg_dump (custom format) while the region runs; the embedded store only with the
platform stopped. The file names its region, store, time and migrations; restore puts it back into the same
kind of store, into an empty or new database or folder (--force replaces one that holds data).`;

const OPTIONS = {
  region: { type: 'string' },
  out: { type: 'string' },
  'database-url': { type: 'string' },
  database: { type: 'string' },
  'data-dir': { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function settings(values: Values) {
  const env = readEnvironment('backup and restore', {
    DATABASE_URL: optionalPostgresUrl,
    DATA_DIR: z.string().default('.data'),
  });
  const serverUrl = values['database-url'] ?? env.DATABASE_URL;
  if (serverUrl && !/^postgres(ql)?:\/\//.test(serverUrl))
    throw new Error('--database-url: expected a postgres:// connection URL');
  return {
    serverUrl,
    databaseUrl: (region: RegionCode) => withDatabase(serverUrl!, values.database ?? regionDatabaseName(region)),
    dataDir: (region: RegionCode) => resolve(values['data-dir'] ?? join(env.DATA_DIR, region)),
  };
}

async function backup(values: Values): Promise<void> {
  const region = regionCode.safeParse(values.region?.toUpperCase());
  if (!region.success) throw new Error(`--region: ${region.error.issues[0].message}`);
  if (!values.out) throw new Error('--out: say where to write the backup file');
  const where = settings(values);
  const out = resolve(values.out);
  assertNewBackupFile(out);
  if (where.serverUrl && !values['data-dir']) {
    await backupServer({ url: where.databaseUrl(region.data), region: region.data, out });
  } else {
    await backupEmbedded({ dataDir: where.dataDir(region.data), region: region.data, out });
  }
  console.log(`Backed up ${region.data} to ${out}`);
}

async function restore(file: string, values: Values): Promise<void> {
  const archive = await readArchive(file);
  const { manifest } = archive;
  const where = settings(values);
  const force = Boolean(values.force);
  let differences: string[];
  if (manifest.store === 'server') {
    if (!where.serverUrl)
      throw new Error('This is a backup of a PostgreSQL server: say which server with DATABASE_URL or --database-url');
    if (values['data-dir'])
      throw new Error(
        'This is a backup of a PostgreSQL server; it restores into a server, not an embedded store (--data-dir)',
      );
    differences = await restoreServer({ file, archive, url: where.databaseUrl(manifest.region), force });
  } else {
    if (values['database-url'] || values.database)
      throw new Error(
        'This is a backup of the embedded store; it restores into an embedded store (--data-dir), not a server',
      );
    differences = await restoreEmbedded({ file, archive, dataDir: where.dataDir(manifest.region), force });
  }
  if (differences.length)
    throw new Error(`Restored, but the migrations differ from the backup's manifest:\n  ${differences.join('\n  ')}`);
  console.log(
    `Restored ${manifest.region} (${manifest.store} store, backed up ${manifest.createdAt} from ${manifest.source})`,
  );
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true });
  if (values.help || (command !== 'backup' && command !== 'restore')) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  if (command === 'backup') await backup(values);
  else if (positionals.length !== 1) throw new Error('Say which backup file to restore: npm run restore -- FILE');
  else await restore(positionals[0], values);
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
