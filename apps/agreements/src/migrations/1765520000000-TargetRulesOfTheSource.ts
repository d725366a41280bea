import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The target rules the source sets: the direction an editor states where the indicator's polarity is not known
 * (so the levels check runs on it), GO-approved deferrals of a baseline, and baseline refresh as a permitted change.
 */
export class TargetRulesOfTheSource1765520000000 implements MigrationInterface {
  name = 'TargetRulesOfTheSource1765520000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE agreements.target ADD COLUMN intended_direction text CHECK (intended_direction IN ('UP', 'DOWN'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE agreements.target DROP COLUMN intended_direction');
  }
}
