import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Target.stretch benchmarks every target of an agreement against every area's current figure of one
 * period: an index on (indicator, period) of the current releases finds those without scanning each
 * indicator's every area and period.
 */
export class StretchFigures1764800000000 implements MigrationInterface {
  name = 'StretchFigures1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX observation_indicator_period ON evidence.observation (indicator_code, period) WHERE superseded_at IS NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX evidence.observation_indicator_period');
  }
}
