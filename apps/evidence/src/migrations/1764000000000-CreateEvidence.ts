import { createSeedRunTable } from '@laa/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEvidence1764000000000 implements MigrationInterface {
  name = 'CreateEvidence1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createSeedRunTable(runner, 'evidence');
    await runner.query(`CREATE TABLE evidence.indicator (
      code text PRIMARY KEY,
      number int UNIQUE,
      local boolean NOT NULL,
      title text,
      title_status text NOT NULL,
      withdrawn boolean NOT NULL,
      theme text NOT NULL,
      theme_status text NOT NULL,
      handbook_annex text,
      handbook_annex_status text NOT NULL,
      department text,
      department_status text NOT NULL,
      department_note text,
      polarity text,
      polarity_status text NOT NULL,
      statutory_dcsf boolean NOT NULL,
      statutory_dcsf_status text NOT NULL,
      outcome_group text,
      sources text[] NOT NULL,
      notes text,
      revision int NOT NULL)`);
    await runner.query(`CREATE TABLE evidence.indicator_revision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      indicator_code text NOT NULL REFERENCES evidence.indicator(code),
      revision int NOT NULL,
      reference_values jsonb NOT NULL,
      changed_fields text[] NOT NULL,
      origin text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (indicator_code, revision))`);
    await runner.query(`CREATE TABLE evidence.observation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      indicator_code text NOT NULL REFERENCES evidence.indicator(code),
      area_code text NOT NULL,
      period text NOT NULL,
      value double precision NOT NULL,
      source text NOT NULL,
      synthetic boolean NOT NULL,
      UNIQUE (indicator_code, area_code, period, source))`);
    await runner.query(`CREATE INDEX observation_area ON evidence.observation (area_code, indicator_code)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['observation', 'indicator_revision', 'indicator', 'seed_run']) {
      await runner.query(`DROP TABLE evidence.${table}`);
    }
  }
}
