import { MigrationInterface, QueryRunner } from 'typeorm';

/** The GO may decline the partnership's request for a case conference, with a reason the partnership reads. */
export class DeclineConferenceRequests1765720000001 implements MigrationInterface {
  name = 'DeclineConferenceRequests1765720000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE agreements.case_conference_request
      ADD COLUMN declined_at timestamptz,
      ADD COLUMN decline_reason text,
      ADD COLUMN declined_by_id text,
      ADD COLUMN declined_by_name text,
      ADD CONSTRAINT case_conference_request_declined_with_reason
        CHECK ((declined_at IS NULL) = (decline_reason IS NULL)),
      ADD CONSTRAINT case_conference_request_answered_once
        CHECK (declined_at IS NULL OR conference_id IS NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE agreements.case_conference_request
      DROP CONSTRAINT case_conference_request_answered_once,
      DROP CONSTRAINT case_conference_request_declined_with_reason,
      DROP COLUMN declined_by_name, DROP COLUMN declined_by_id, DROP COLUMN decline_reason, DROP COLUMN declined_at`);
  }
}
