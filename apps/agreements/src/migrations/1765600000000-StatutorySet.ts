import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agreements' own copy of the statutory DCSF set (dated memberships), so the rule that every agreement holds the set
 * in force is judged in the write's own transaction. Seeded from the reference data; evidence sends a data steward's
 * correction of an indicator's membership, and from then on that indicator's rows are the steward's (statutory_indicator
 * says who last set them), which a re-seed leaves alone.
 */
export class StatutorySet1765600000000 implements MigrationInterface {
  name = 'StatutorySet1765600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE agreements.statutory_indicator (
      indicator_code text PRIMARY KEY,
      set_by text NOT NULL CHECK (set_by IN ('REFERENCE_DATA', 'DATA_STEWARD')),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await runner.query(`CREATE TABLE agreements.statutory_membership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      indicator_code text NOT NULL REFERENCES agreements.statutory_indicator(indicator_code),
      from_date date NOT NULL,
      to_date date,
      status text NOT NULL,
      reason text NOT NULL,
      origin text NOT NULL,
      CHECK (to_date IS NULL OR to_date > from_date))`);
    await runner.query(
      'CREATE INDEX statutory_membership_indicator ON agreements.statutory_membership (indicator_code)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE agreements.statutory_membership');
    await runner.query('DROP TABLE agreements.statutory_indicator');
  }
}
