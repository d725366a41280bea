import { databaseOf, dropDatabase, serverAnswers, withDatabase } from '@laa/database';
import { randomBytes } from 'node:crypto';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The PostgreSQL server tests use: TEST_DATABASE_URL, else DATABASE_URL, else a local server if one
 * answers; null means none, and tests fall back to embedded PGlite. CI sets TEST_DATABASE_URL.
 */
export async function testDatabaseServer(): Promise<string | null> {
  const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (configured) {
    if (!(await serverAnswers(configured))) throw new Error(`No PostgreSQL server answers at ${configured}`);
    return configured;
  }
  return (await serverAnswers(LOCAL_SERVER)) ? LOCAL_SERVER : null;
}

/** A fresh, uniquely named database URL on the server; drop it with dropTestDatabase. */
export function freshDatabaseUrl(server: string, label: string): string {
  return withDatabase(server, `laa_test_${label.toLowerCase()}_${randomBytes(4).toString('hex')}`);
}

export async function dropTestDatabase(url: string): Promise<void> {
  if (!databaseOf(url).startsWith('laa_test_'))
    throw new Error(`Refusing to drop ${databaseOf(url)}: not a test database`);
  await dropDatabase(url);
}
