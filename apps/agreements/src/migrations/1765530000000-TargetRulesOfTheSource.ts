import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The target rules the source sets: the direction an editor states where the indicator's polarity is not known
 * (so the levels check runs on it), GO-approved deferrals of a baseline, and baseline refresh as a permitted change.
 */
export class TargetRulesOfTheSource1765530000000 implements MigrationInterface {
  name = 'TargetRulesOfTheSource1765530000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE agreements.target ADD COLUMN intended_direction text CHECK (intended_direction IN ('UP', 'DOWN'))`,
    );
    await runner.query(`CREATE TABLE agreements.baseline_deferral (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      target_id uuid NOT NULL REFERENCES agreements.target(id) ON DELETE CASCADE,
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      status text NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
      reason text NOT NULL,
      due_by date NOT NULL,
      requested_by text NOT NULL,
      requested_by_role text NOT NULL,
      requested_at timestamptz NOT NULL,
      decided_by text,
      decided_by_role text,
      decided_at timestamptz,
      decision_reason text
    )`);
    // One open or approved deferral per target; refused ones stay as history beside a new request.
    // A baseline refresh is a change of its own, approved with the baseline it sets.
    await runner.query('ALTER TABLE agreements.target_permit DROP CONSTRAINT target_permit_change_check');
    await runner.query(`ALTER TABLE agreements.target_permit ADD CONSTRAINT target_permit_change_check
      CHECK (change IN ('CHANGE_LEVELS', 'CHANGE_BASELINE', 'ADD_DESIGNATED', 'REMOVE_DESIGNATED'))`);
    await runner.query('ALTER TABLE agreements.target_permit ADD COLUMN baseline jsonb');
    await runner.query(
      `CREATE UNIQUE INDEX baseline_deferral_standing ON agreements.baseline_deferral (target_id) WHERE status <> 'REFUSED'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE agreements.target_permit DROP COLUMN baseline');
    await runner.query(`DELETE FROM agreements.target_permit WHERE change = 'CHANGE_BASELINE'`);
    await runner.query('ALTER TABLE agreements.target_permit DROP CONSTRAINT target_permit_change_check');
    await runner.query(
      `ALTER TABLE agreements.target_permit ADD CONSTRAINT target_permit_change_check CHECK (change IN ('CHANGE_LEVELS', 'ADD_DESIGNATED', 'REMOVE_DESIGNATED'))`,
    );
    await runner.query('DROP TABLE agreements.baseline_deferral');
    await runner.query('ALTER TABLE agreements.target DROP COLUMN intended_direction');
  }
}
