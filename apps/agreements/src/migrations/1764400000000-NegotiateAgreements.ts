import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drafting and negotiating: target partners and placeholders, priorities and their cause-and-effect
 * links, negotiation points with their thread, case conferences, the process map and the revision log.
 */
export class NegotiateAgreements1764400000000 implements MigrationInterface {
  name = 'NegotiateAgreements1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE agreements.target
      ADD COLUMN baseline_due_by date,
      ADD COLUMN local_indicator_title text,
      ADD COLUMN lead_partner_id uuid,
      ADD COLUMN contributing_partner_ids uuid[] NOT NULL DEFAULT '{}',
      ADD COLUMN priority_id uuid,
      ADD COLUMN shared_with_areas text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`CREATE INDEX target_lead_partner ON agreements.target (lead_partner_id)`);
    await runner.query(`CREATE TABLE agreements.priority (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      tier int CHECK (tier BETWEEN 1 AND 3),
      criteria_met text[] NOT NULL DEFAULT '{}',
      assessed_by_id text,
      assessed_by_name text,
      assessment_reason text,
      shared_with_areas text[] NOT NULL DEFAULT '{}',
      synthetic boolean NOT NULL DEFAULT false,
      version int NOT NULL DEFAULT 1)`);
    await runner.query(`CREATE INDEX priority_agreement ON agreements.priority (agreement_id)`);
    await runner.query(`CREATE TABLE agreements.priority_link (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      from_priority_id uuid NOT NULL REFERENCES agreements.priority(id) ON DELETE CASCADE,
      to_priority_id uuid REFERENCES agreements.priority(id) ON DELETE CASCADE,
      to_indicator_code text,
      description text NOT NULL DEFAULT '',
      CHECK ((to_priority_id IS NULL) <> (to_indicator_code IS NULL)))`);
    await runner.query(`CREATE INDEX priority_link_agreement ON agreements.priority_link (agreement_id)`);
    await runner.query(`CREATE TABLE agreements.negotiation_point (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      subject_kind text NOT NULL CHECK (subject_kind IN ('AGREEMENT', 'PRIORITY', 'INDICATOR', 'TARGET')),
      subject_ref text,
      title text NOT NULL,
      status text NOT NULL CHECK (status IN ('OPEN', 'ESCALATED', 'RESOLVED', 'WITHDRAWN')),
      raised_by_id text NOT NULL,
      raised_by_name text NOT NULL,
      raised_by_role text NOT NULL,
      department text,
      raised_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      version int NOT NULL DEFAULT 1)`);
    await runner.query(
      `CREATE INDEX negotiation_point_agreement ON agreements.negotiation_point (agreement_id, status)`,
    );
    await runner.query(`CREATE TABLE agreements.negotiation_point_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      point_id uuid NOT NULL REFERENCES agreements.negotiation_point(id),
      kind text NOT NULL CHECK (kind IN ('RAISED', 'COMMENTED', 'ESCALATED', 'RESOLVED', 'WITHDRAWN', 'CONFERENCE_OUTCOME')),
      by_id text NOT NULL,
      by_name text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      text text NOT NULL)`);
    await runner.query(
      `CREATE INDEX negotiation_point_event_point ON agreements.negotiation_point_event (point_id, at)`,
    );
    await runner.query(`CREATE TABLE agreements.case_conference (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      held_on date NOT NULL,
      invited_departments text[] NOT NULL DEFAULT '{}',
      invited_partner_ids uuid[] NOT NULL DEFAULT '{}',
      invited_others text[] NOT NULL DEFAULT '{}',
      scheduled_by_id text NOT NULL,
      scheduled_by_name text NOT NULL)`);
    await runner.query(`CREATE INDEX case_conference_agreement ON agreements.case_conference (agreement_id)`);
    await runner.query(`CREATE TABLE agreements.case_conference_item (
      conference_id uuid NOT NULL REFERENCES agreements.case_conference(id),
      point_id uuid NOT NULL REFERENCES agreements.negotiation_point(id),
      outcome text,
      resolves_point boolean NOT NULL DEFAULT false,
      recorded_by_id text,
      recorded_by_name text,
      PRIMARY KEY (conference_id, point_id))`);
    await runner.query(`CREATE TABLE agreements.milestone (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      title text NOT NULL,
      due_on date NOT NULL,
      owner text NOT NULL,
      status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
      completed_on date,
      synthetic boolean NOT NULL DEFAULT false,
      version int NOT NULL DEFAULT 1)`);
    await runner.query(`CREATE INDEX milestone_agreement ON agreements.milestone (agreement_id, due_on)`);
    await runner.query(`CREATE TABLE agreements.agreement_revision (
      agreement_id uuid NOT NULL REFERENCES agreements.agreement(id),
      version int NOT NULL,
      changed_by_id text NOT NULL,
      changed_by_name text NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now(),
      summary text NOT NULL,
      changes jsonb NOT NULL,
      PRIMARY KEY (agreement_id, version))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'agreement_revision',
      'milestone',
      'case_conference_item',
      'case_conference',
      'negotiation_point_event',
      'negotiation_point',
      'priority_link',
      'priority',
    ]) {
      await runner.query(`DROP TABLE agreements.${table}`);
    }
    await runner.query(`DROP INDEX agreements.target_lead_partner`);
    for (const column of [
      'baseline_due_by',
      'local_indicator_title',
      'lead_partner_id',
      'contributing_partner_ids',
      'priority_id',
      'shared_with_areas',
    ]) {
      await runner.query(`ALTER TABLE agreements.target DROP COLUMN ${column}`);
    }
  }
}
