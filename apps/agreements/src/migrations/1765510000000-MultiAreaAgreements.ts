import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Multi-area agreements: the lead region's record and the read copies it sends to the other member regions share
 * one id; shared priorities and targets travel with the record as one document (a copy is replaced whole).
 */
export class MultiAreaAgreements1765510000000 implements MigrationInterface {
  name = 'MultiAreaAgreements1765510000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE agreements.multi_area_agreement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL,
      lead_region_code text NOT NULL,
      area_codes text[] NOT NULL,
      holding text NOT NULL CHECK (holding IN ('LEAD', 'COPY')),
      priorities jsonb NOT NULL,
      targets jsonb NOT NULL,
      created_by text NOT NULL,
      changed_by text NOT NULL,
      written_at timestamptz NOT NULL DEFAULT now(),
      version int NOT NULL,
      synthetic boolean NOT NULL DEFAULT false,
      CHECK (cardinality(area_codes) >= 2))`);
    await runner.query(
      'CREATE INDEX multi_area_agreement_areas ON agreements.multi_area_agreement USING gin (area_codes)',
    );
    await runner.query(`CREATE TABLE agreements.multi_area_delivery (
      multi_area_agreement_id uuid NOT NULL REFERENCES agreements.multi_area_agreement(id),
      region_code text NOT NULL,
      delivered_version int NOT NULL,
      delivered_at timestamptz NOT NULL,
      delivered_by text NOT NULL,
      PRIMARY KEY (multi_area_agreement_id, region_code))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE agreements.multi_area_delivery');
    await runner.query('DROP TABLE agreements.multi_area_agreement');
  }
}
