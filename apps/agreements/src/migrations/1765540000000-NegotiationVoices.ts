import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who speaks and who decides in a negotiation: a department's point reaches the area when the GO relays it; the
 * Deputy Regional Director decides escalated points (decision and reason kept); the area's partnership asks for a
 * case conference, which the GO schedules.
 */
export class NegotiationVoices1765540000000 implements MigrationInterface {
  name = 'NegotiationVoices1765540000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE agreements.negotiation_point
      ADD COLUMN relayed_at timestamptz, ADD COLUMN relayed_by_id text, ADD COLUMN relayed_by_name text, ADD COLUMN relayed_by_role text,
      ADD COLUMN decision text, ADD COLUMN decided_by_id text, ADD COLUMN decided_by_name text, ADD COLUMN decided_at timestamptz`);
    // Department points raised before relaying existed were shown to the area at once: they count as relayed when raised.
    await runner.query(`UPDATE agreements.negotiation_point SET relayed_at = raised_at, relayed_by_id = 'go', relayed_by_name = 'Government Office',
      relayed_by_role = 'RELATIONSHIP_MANAGER' WHERE department IS NOT NULL`);
    await runner.query(
      'ALTER TABLE agreements.negotiation_point_event DROP CONSTRAINT negotiation_point_event_kind_check',
    );
    await runner.query(`ALTER TABLE agreements.negotiation_point_event ADD CONSTRAINT negotiation_point_event_kind_check
      CHECK (kind IN ('RAISED', 'COMMENTED', 'ESCALATED', 'RESOLVED', 'WITHDRAWN', 'CONFERENCE_OUTCOME', 'RELAYED', 'DECIDED'))`);
    await runner.query(`CREATE TABLE agreements.case_conference_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      reason text NOT NULL,
      point_ids uuid[] NOT NULL,
      requested_by_id text NOT NULL,
      requested_by_name text NOT NULL,
      requested_by_role text NOT NULL,
      requested_at timestamptz NOT NULL,
      conference_id uuid REFERENCES agreements.case_conference(id)
    )`);
    await runner.query(
      'CREATE INDEX case_conference_request_agreement ON agreements.case_conference_request (agreement_id)',
    );
    await runner.query(
      'CREATE UNIQUE INDEX case_conference_request_conference ON agreements.case_conference_request (conference_id) WHERE conference_id IS NOT NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE agreements.case_conference_request');
    await runner.query(`DELETE FROM agreements.negotiation_point_event WHERE kind IN ('RELAYED', 'DECIDED')`);
    await runner.query(
      'ALTER TABLE agreements.negotiation_point_event DROP CONSTRAINT negotiation_point_event_kind_check',
    );
    await runner.query(`ALTER TABLE agreements.negotiation_point_event ADD CONSTRAINT negotiation_point_event_kind_check
      CHECK (kind IN ('RAISED', 'COMMENTED', 'ESCALATED', 'RESOLVED', 'WITHDRAWN', 'CONFERENCE_OUTCOME'))`);
    await runner.query(`ALTER TABLE agreements.negotiation_point
      DROP COLUMN relayed_at, DROP COLUMN relayed_by_id, DROP COLUMN relayed_by_name, DROP COLUMN relayed_by_role,
      DROP COLUMN decision, DROP COLUMN decided_by_id, DROP COLUMN decided_by_name, DROP COLUMN decided_at`);
  }
}
