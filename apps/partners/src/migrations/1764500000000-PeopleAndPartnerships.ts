import { MigrationInterface, QueryRunner } from 'typeorm';

/** Thematic partnerships, people and their roles, the relationship manager's history, departments' priority places. */
export class PeopleAndPartnerships1764500000000 implements MigrationInterface {
  name = 'PeopleAndPartnerships1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE partners.thematic_partnership (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      area_code text NOT NULL REFERENCES partners.area(code),
      kind text NOT NULL,
      name text NOT NULL,
      synthetic boolean NOT NULL,
      UNIQUE (area_code, kind))`);
    await runner.query(`CREATE TABLE partners.person (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      region_code text NOT NULL REFERENCES partners.region(code),
      area_code text REFERENCES partners.area(code),
      name text NOT NULL,
      role text NOT NULL,
      title text NOT NULL,
      theme text,
      department text,
      organisation_id uuid REFERENCES partners.partnership_member(id),
      synthetic boolean NOT NULL,
      removed_at timestamptz)`);
    await runner.query(`CREATE INDEX person_area ON partners.person (area_code)`);
    await runner.query(`CREATE TABLE partners.relationship_manager_assignment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      area_code text NOT NULL REFERENCES partners.area(code),
      person_id uuid NOT NULL REFERENCES partners.person(id),
      assigned_at timestamptz NOT NULL,
      ended_at timestamptz,
      assigned_by text NOT NULL,
      reason text NOT NULL)`);
    // Exactly one current relationship manager per area: a second open assignment is refused by the database too.
    await runner.query(
      `CREATE UNIQUE INDEX relationship_manager_current ON partners.relationship_manager_assignment (area_code) WHERE ended_at IS NULL`,
    );
    await runner.query(`CREATE TABLE partners.department_priority_place (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      department text NOT NULL,
      priority text NOT NULL,
      area_code text NOT NULL REFERENCES partners.area(code),
      why text NOT NULL,
      synthetic boolean NOT NULL)`);
    await runner.query(
      `CREATE INDEX department_priority_place_department ON partners.department_priority_place (department)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'department_priority_place',
      'relationship_manager_assignment',
      'person',
      'thematic_partnership',
    ]) {
      await runner.query(`DROP TABLE partners.${table}`);
    }
  }
}
