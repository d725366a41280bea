import { randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { openSubgraphDatabase } from './data-source';
import { dropDatabase, ensureDatabase, withDatabase } from './server';

const SERVER =
  process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const url = withDatabase(SERVER, `laa_test_migration_lock_${randomBytes(4).toString('hex')}`);

class CreateLedger1700000000000 implements MigrationInterface {
  name = 'CreateLedger1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    // Slow enough that a second replica starting meanwhile would find the migration still pending.
    await runner.query('SELECT pg_sleep(0.5)');
    await runner.query('CREATE TABLE ledger.entry (note text NOT NULL)');
  }
  async down(): Promise<void> {}
}

class FirstEntry1700000000001 implements MigrationInterface {
  name = 'FirstEntry1700000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query("INSERT INTO ledger.entry (note) VALUES ('opening balance')");
  }
  async down(): Promise<void> {}
}

beforeAll(() => ensureDatabase(url));
afterAll(() => dropDatabase(url));

describe('migrations when several replicas of a subgraph start at once', () => {
  it('runs each migration once: the others wait, then find it applied', async () => {
    const open = () =>
      openSubgraphDatabase({
        url,
        schema: 'ledger',
        entities: [],
        migrations: [CreateLedger1700000000000, FirstEntry1700000000001],
        poolSize: 2,
      });
    const replicas = await Promise.all([open(), open(), open()]);
    try {
      expect(await replicas[0].query('SELECT note FROM ledger.entry')).toEqual([{ note: 'opening balance' }]);
      expect(
        (await replicas[1].query<{ name: string }[]>('SELECT name FROM ledger.migrations ORDER BY id')).map(
          (m) => m.name,
        ),
      ).toEqual(['CreateLedger1700000000000', 'FirstEntry1700000000001']);
    } finally {
      await Promise.all(replicas.map((dataSource) => dataSource.destroy()));
    }
  });
});
