import { createSeedRunTable } from '@laa/database';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePartners1764000000000 implements MigrationInterface {
  name = 'CreatePartners1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createSeedRunTable(runner, 'partners');
    await runner.query(`CREATE TABLE partners.region (
      code text PRIMARY KEY,
      name text NOT NULL,
      government_office text NOT NULL)`);
    await runner.query(`CREATE TABLE partners.area (
      code text PRIMARY KEY,
      gss_code text UNIQUE,
      name text NOT NULL,
      type text NOT NULL,
      type_description text NOT NULL,
      region_code text NOT NULL REFERENCES partners.region(code),
      region_status text NOT NULL,
      abolished_in_2009 boolean NOT NULL,
      note_2009 text NOT NULL,
      sources text[] NOT NULL)`);
    await runner.query(`CREATE TABLE partners.district (
      code text PRIMARY KEY,
      name text NOT NULL,
      county_code text NOT NULL REFERENCES partners.area(code),
      gss_code text,
      status_2009 text NOT NULL)`);
    await runner.query(`CREATE INDEX district_county ON partners.district (county_code)`);
    await runner.query(`CREATE TABLE partners.partnership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      area_code text NOT NULL UNIQUE REFERENCES partners.area(code),
      name text NOT NULL,
      synthetic boolean NOT NULL)`);
    await runner.query(`CREATE TABLE partners.partnership_member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid NOT NULL REFERENCES partners.partnership(id),
      organisation text NOT NULL,
      sector text NOT NULL,
      synthetic boolean NOT NULL)`);
    await runner.query(`CREATE INDEX partnership_member_partnership ON partners.partnership_member (partnership_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['partnership_member', 'partnership', 'district', 'area', 'region', 'seed_run']) {
      await runner.query(`DROP TABLE partners.${table}`);
    }
  }
}
