import { MigrationInterface, QueryRunner } from 'typeorm';

/** Controlled refresh of a baseline: the request keeps the baseline as signed and the one proposed. */
export class BaselineRefresh1765520000000 implements MigrationInterface {
  name = 'BaselineRefresh1765520000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE signoff.target_change_request ADD COLUMN current_baseline jsonb, ADD COLUMN proposed_baseline jsonb',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE signoff.target_change_request DROP COLUMN current_baseline, DROP COLUMN proposed_baseline',
    );
  }
}
