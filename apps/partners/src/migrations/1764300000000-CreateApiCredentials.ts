import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApiCredentials1764300000000 implements MigrationInterface {
  name = 'CreateApiCredentials1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE partners.api_credential (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      client_id text NOT NULL UNIQUE,
      area_code text NOT NULL,
      name text NOT NULL,
      secret_hash text NOT NULL,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      rotated_at timestamptz,
      revoked_at timestamptz,
      revoked_by text,
      revoked_reason text,
      last_used_at timestamptz)`);
    await runner.query(`CREATE INDEX api_credential_area ON partners.api_credential (area_code)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE partners.api_credential`);
  }
}
