import { createSeedRunTable } from '@laa/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAgreements1764000000000 implements MigrationInterface {
  name = 'CreateAgreements1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createSeedRunTable(runner, 'agreements');
    await runner.query(`CREATE TABLE agreements.agreement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      area_code text NOT NULL,
      region_code text NOT NULL,
      first_year int NOT NULL,
      stage text NOT NULL,
      synthetic boolean NOT NULL,
      version int NOT NULL DEFAULT 1,
      UNIQUE (area_code, first_year))`);
    await runner.query(`CREATE TABLE agreements.target (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      kind text NOT NULL CHECK (kind IN ('DESIGNATED', 'STATUTORY_DCSF', 'LOCAL')),
      indicator_code text NOT NULL,
      theme text NOT NULL,
      baseline_value double precision,
      baseline_period text,
      baseline_source text,
      baseline_provisional boolean NOT NULL DEFAULT false,
      levels double precision[] NOT NULL,
      synthetic boolean NOT NULL,
      version int NOT NULL DEFAULT 1,
      UNIQUE (agreement_id, indicator_code))`);
    await runner.query(`CREATE INDEX target_agreement ON agreements.target (agreement_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['target', 'agreement', 'seed_run']) await runner.query(`DROP TABLE agreements.${table}`);
  }
}
