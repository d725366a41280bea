import { MigrationInterface, QueryRunner } from 'typeorm';

/** Target sign-offs, governing bodies, the RD's recommendation, moderation, Cabinet consultation, signed versions and controlled refresh. */
export class SignOffChain1764500000000 implements MigrationInterface {
  name = 'SignOffChain1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    // The area, so that draft-level sign-off records (recommendation, refresh requests) are shown to its draft readers only.
    await runner.query(`ALTER TABLE signoff.sign_off ADD COLUMN area_code text`);
    await runner.query(`CREATE TABLE signoff.target_sign_off (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      target_id uuid NOT NULL,
      agreement_id uuid NOT NULL,
      area_code text NOT NULL,
      target_version int NOT NULL,
      signed_by text NOT NULL,
      role text NOT NULL,
      department text NOT NULL,
      confirmed_by text NOT NULL,
      confirmed_on date NOT NULL,
      note text NOT NULL,
      signed_at timestamptz NOT NULL,
      synthetic boolean NOT NULL)`);
    await runner.query(`CREATE INDEX target_sign_off_target ON signoff.target_sign_off (target_id, signed_at)`);
    await runner.query(`CREATE INDEX target_sign_off_agreement ON signoff.target_sign_off (agreement_id)`);
    await runner.query(`CREATE TABLE signoff.governing_body_agreement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES signoff.sign_off(agreement_id),
      step_id uuid NOT NULL REFERENCES signoff.sign_off_step(id),
      organisation text NOT NULL,
      body text NOT NULL,
      agreed_on date NOT NULL,
      synthetic boolean NOT NULL)`);
    await runner.query(
      `CREATE INDEX governing_body_agreement_agreement ON signoff.governing_body_agreement (agreement_id)`,
    );
    await runner.query(`CREATE TABLE signoff.recommendation (
      agreement_id uuid PRIMARY KEY REFERENCES signoff.sign_off(agreement_id),
      html text NOT NULL,
      recommended_by text NOT NULL,
      generated_at timestamptz NOT NULL)`);
    await runner.query(`CREATE TABLE signoff.moderation_flag (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL,
      raised_by text NOT NULL,
      reason text NOT NULL,
      raised_at timestamptz NOT NULL,
      resolved_by text,
      resolution text,
      resolved_at timestamptz)`);
    await runner.query(`CREATE INDEX moderation_flag_agreement ON signoff.moderation_flag (agreement_id, raised_at)`);
    await runner.query(`CREATE TABLE signoff.cabinet_consultation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES signoff.sign_off(agreement_id),
      colleagues text[] NOT NULL,
      outcome text NOT NULL,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL)`);
    await runner.query(`CREATE INDEX cabinet_consultation_agreement ON signoff.cabinet_consultation (agreement_id)`);
    await runner.query(`CREATE TABLE signoff.signed_version (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES signoff.sign_off(agreement_id),
      number int NOT NULL,
      targets jsonb NOT NULL,
      signed_by text NOT NULL,
      reason text NOT NULL,
      signed_at timestamptz NOT NULL,
      UNIQUE (agreement_id, number))`);
    await runner.query(`CREATE TABLE signoff.target_change_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES signoff.sign_off(agreement_id),
      target_id uuid,
      change text NOT NULL,
      current_levels double precision[],
      proposed_levels double precision[],
      approval_level text NOT NULL,
      status text NOT NULL,
      requested_by text NOT NULL,
      reason text NOT NULL,
      requested_at timestamptz NOT NULL,
      decided_by text,
      decision_reason text,
      decided_at timestamptz,
      version int NOT NULL DEFAULT 1)`);
    await runner.query(
      `CREATE INDEX target_change_request_agreement ON signoff.target_change_request (agreement_id, requested_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'target_change_request',
      'signed_version',
      'cabinet_consultation',
      'moderation_flag',
      'recommendation',
      'governing_body_agreement',
      'target_sign_off',
    ]) {
      await runner.query(`DROP TABLE signoff.${table}`);
    }
    await runner.query(`ALTER TABLE signoff.sign_off DROP COLUMN area_code`);
  }
}
