import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role in which each person acted, for every record of the sign-off history (steps and target sign-offs kept
 * it already): Cabinet consultations, consistency reviews raised and resolved, refresh requests and decisions, and
 * signed versions. Where the role is certain it is filled in for records made before: only Ministers record Cabinet
 * consultations and sign (version 1); the rest stay null ("not recorded").
 */
export class SignOffRoles1765000000000 implements MigrationInterface {
  name = 'SignOffRoles1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE signoff.cabinet_consultation ADD COLUMN recorded_by_role text`);
    await runner.query(`UPDATE signoff.cabinet_consultation SET recorded_by_role = 'MINISTER'`);
    await runner.query(
      `ALTER TABLE signoff.moderation_flag ADD COLUMN raised_by_role text, ADD COLUMN resolved_by_role text`,
    );
    await runner.query(
      `ALTER TABLE signoff.target_change_request ADD COLUMN requested_by_role text, ADD COLUMN decided_by_role text`,
    );
    await runner.query(`ALTER TABLE signoff.signed_version ADD COLUMN signed_by_role text`);
    await runner.query(`UPDATE signoff.signed_version SET signed_by_role = 'MINISTER' WHERE number = 1`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE signoff.signed_version DROP COLUMN signed_by_role`);
    await runner.query(
      `ALTER TABLE signoff.target_change_request DROP COLUMN requested_by_role, DROP COLUMN decided_by_role`,
    );
    await runner.query(`ALTER TABLE signoff.moderation_flag DROP COLUMN raised_by_role, DROP COLUMN resolved_by_role`);
    await runner.query(`ALTER TABLE signoff.cabinet_consultation DROP COLUMN recorded_by_role`);
  }
}
