import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ministers' signature goes through the agreements subgraph's fence (docs/ARCHITECTURE.md): the attempt under way
 * is claimed on the sign-off row first, so one attempt at a time fences and records, and a dead one is taken over
 * once its lease has run out. An approved change remembers when agreements opened it (its permit).
 */
export class SignatureFence1765200000000 implements MigrationInterface {
  name = 'SignatureFence1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE signoff.sign_off ADD COLUMN signing_attempt uuid, ADD COLUMN signing_since timestamptz',
    );
    await runner.query('ALTER TABLE signoff.target_change_request ADD COLUMN permit_issued_at timestamptz');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE signoff.target_change_request DROP COLUMN permit_issued_at');
    await runner.query('ALTER TABLE signoff.sign_off DROP COLUMN signing_attempt, DROP COLUMN signing_since');
  }
}
