import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national data steward's corrections (effective-dated facts with their source, kept for good), who made each
 * revision of an indicator and from when, and the statutory DCSF set as dated memberships rather than a flag.
 */
export class IndicatorCorrections1765610000000 implements MigrationInterface {
  name = 'IndicatorCorrections1765610000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE evidence.indicator_correction (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      indicator_code text NOT NULL REFERENCES evidence.indicator(code),
      field text NOT NULL CHECK (field IN ('TITLE', 'DEPARTMENT', 'POLARITY', 'STATUTORY_DCSF')),
      value jsonb NOT NULL,
      source text NOT NULL CHECK (btrim(source) <> ''),
      effective_from date NOT NULL,
      corrected_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now())`);
    await runner.query(
      'CREATE INDEX indicator_correction_indicator ON evidence.indicator_correction (indicator_code, recorded_at)',
    );
    await runner.query(`CREATE TABLE evidence.statutory_membership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      indicator_code text NOT NULL REFERENCES evidence.indicator(code),
      from_date date NOT NULL,
      to_date date,
      status text NOT NULL,
      reason text NOT NULL,
      origin text NOT NULL,
      CHECK (to_date IS NULL OR to_date > from_date))`);
    await runner.query(
      'CREATE INDEX statutory_membership_indicator ON evidence.statutory_membership (indicator_code, from_date)',
    );
    await runner.query(`ALTER TABLE evidence.indicator_revision
      ADD COLUMN source text, ADD COLUMN effective_from date, ADD COLUMN recorded_by text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE evidence.indicator_revision DROP COLUMN source, DROP COLUMN effective_from, DROP COLUMN recorded_by',
    );
    await runner.query('DROP TABLE evidence.statutory_membership');
    await runner.query('DROP TABLE evidence.indicator_correction');
  }
}
