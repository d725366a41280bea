import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A removed priority stays as a record (who removed it, when, why) beside the history's snapshot,
 * but leaves the agreement: every reader filters on removed_at.
 */
export class PriorityRemoval1765300000000 implements MigrationInterface {
  name = 'PriorityRemoval1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE agreements.priority
      ADD COLUMN removed_at timestamptz,
      ADD COLUMN removed_by_id text,
      ADD COLUMN removed_by_name text,
      ADD COLUMN removal_reason text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE agreements.priority
      DROP COLUMN removed_at, DROP COLUMN removed_by_id, DROP COLUMN removed_by_name, DROP COLUMN removal_reason`);
  }
}
