import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** The table that records which seeds ran; every subgraph's first migration creates it in its schema. */
export async function createSeedRunTable(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(
    `CREATE TABLE "${schema}".seed_run (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())`,
  );
}

/** Runs a seed once per database, atomically: a failed seed leaves nothing behind and runs again next start. */
export async function seedOnce(
  dataSource: DataSource,
  schema: string,
  name: string,
  seed: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // The lock makes concurrent starts against one database wait rather than seed twice.
    await manager.query(`LOCK TABLE "${schema}".seed_run IN EXCLUSIVE MODE`);
    const done: unknown[] = await manager.query(`SELECT 1 FROM "${schema}".seed_run WHERE name = $1`, [name]);
    if (done.length > 0) return false;
    await seed(manager);
    await manager.query(`INSERT INTO "${schema}".seed_run (name) VALUES ($1)`, [name]);
    return true;
  });
}
