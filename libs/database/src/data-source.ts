import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { DatabaseConnection, typeormConnection } from './connection';
import { CountingLogger } from './statement-counter';

export interface SubgraphDatabaseOptions {
  /** postgres:// URL of the region's database (a server's; the embedded one's only names it). */
  url: string;
  /** The embedded database's connections, opened in process. */
  stream?: DatabaseConnection['stream'];
  /** The PostgreSQL schema this subgraph owns; no other subgraph reads it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  onLog?: (level: 'warn' | 'error', message: string, fields?: Record<string, unknown>) => void;
}

/** Opens a subgraph's DataSource and brings its schema up to date through its migrations. */
export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<DataSource> {
  const { url, extra } = typeormConnection(options);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logger: new CountingLogger(options.onLog ?? (() => undefined)),
    maxQueryExecutionTime: 1000,
    extra: { ...extra, max: options.poolSize ?? 4, application_name: `laa-${options.schema}` },
  });
  await dataSource.initialize();
  try {
    await migrateAlone(dataSource, options.schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/**
 * TypeORM takes no lock of its own around migrations: two replicas of a subgraph starting together
 * would both find a migration pending and both run it. A session-level advisory lock per schema makes
 * the others wait, then find it applied. (On the embedded store every connection shares PGlite's one
 * backend, where the lock is always granted: there is only one process to start there.)
 */
async function migrateAlone(dataSource: DataSource, schema: string): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  const key = `laa-migrations:${schema}`;
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    try {
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    await lock.release();
  }
}
