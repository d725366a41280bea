import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agreements' copy of the data steward's corrections of an indicator's polarity and department, so the levels check,
 * coverage and the indicator choices follow a correction as they follow the statutory set: judged in agreements' own
 * transaction on facts evidence sent, never a peer call then a write.
 */
export class HeldIndicatorCorrections1765720000000 implements MigrationInterface {
  name = 'HeldIndicatorCorrections1765720000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE agreements.indicator_correction (
      id uuid PRIMARY KEY,
      indicator_code text NOT NULL,
      field text NOT NULL CHECK (field IN ('POLARITY', 'DEPARTMENT')),
      value text NOT NULL,
      source text NOT NULL,
      effective_from date NOT NULL,
      recorded_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now())`);
    await runner.query(
      'CREATE INDEX indicator_correction_indicator ON agreements.indicator_correction (indicator_code)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE agreements.indicator_correction');
  }
}
