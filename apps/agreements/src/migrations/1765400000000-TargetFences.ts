import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed means signed, kept by the data's owner: the fence Ministers' signature puts round an agreement's
 * targets (the versions signed), and the permits controlled refresh issues, each opening exactly one change.
 * Every target write checks them in its own transaction, under the agreement's row lock.
 */
export class TargetFences1765400000000 implements MigrationInterface {
  name = 'TargetFences1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE agreements.agreement_fence (
      agreement_id uuid PRIMARY KEY REFERENCES agreements.agreement(id),
      state text NOT NULL CHECK (state IN ('SIGNING', 'SIGNED')),
      attempt_id uuid NOT NULL,
      fenced_by text NOT NULL,
      fenced_at timestamptz NOT NULL
    )`);
    await runner.query(`CREATE TABLE agreements.fenced_target (
      target_id uuid PRIMARY KEY REFERENCES agreements.target(id) ON DELETE CASCADE,
      agreement_id uuid NOT NULL REFERENCES agreements.agreement_fence(agreement_id) ON DELETE CASCADE,
      version integer NOT NULL
    )`);
    await runner.query('CREATE INDEX fenced_target_agreement ON agreements.fenced_target (agreement_id)');
    await runner.query(`CREATE TABLE agreements.target_permit (
      id uuid PRIMARY KEY,
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      change text NOT NULL CHECK (change IN ('CHANGE_LEVELS', 'ADD_DESIGNATED', 'REMOVE_DESIGNATED')),
      target_id uuid,
      levels double precision[],
      issued_by text NOT NULL,
      issued_at timestamptz NOT NULL,
      consumed_at timestamptz,
      consumed_by_target_id uuid
    )`);
    await runner.query(
      'CREATE INDEX target_permit_agreement ON agreements.target_permit (agreement_id) WHERE consumed_at IS NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE agreements.target_permit');
    await runner.query('DROP TABLE agreements.fenced_target');
    await runner.query('DROP TABLE agreements.agreement_fence');
  }
}
