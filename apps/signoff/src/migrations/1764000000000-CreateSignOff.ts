import { createSeedRunTable } from '@laa/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSignOff1764000000000 implements MigrationInterface {
  name = 'CreateSignOff1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createSeedRunTable(runner, 'signoff');
    await runner.query(`CREATE TABLE signoff.sign_off (
      agreement_id uuid PRIMARY KEY,
      stage text NOT NULL,
      version int NOT NULL DEFAULT 1)`);
    await runner.query(`CREATE TABLE signoff.sign_off_step (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES signoff.sign_off(agreement_id),
      stage text NOT NULL,
      taken_by text NOT NULL,
      role text NOT NULL,
      reason text NOT NULL,
      taken_at timestamptz NOT NULL,
      synthetic boolean NOT NULL)`);
    await runner.query(`CREATE INDEX sign_off_step_agreement ON signoff.sign_off_step (agreement_id, taken_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['sign_off_step', 'sign_off', 'seed_run']) await runner.query(`DROP TABLE signoff.${table}`);
  }
}
