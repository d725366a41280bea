import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shared evidence base: provenance and releases on every value (a newer release supersedes,
 * the old one stays), import runs with their rejected rows, rival data and the figure of record,
 * similar areas, soft intelligence, the story of place and local indicators.
 */
export class EvidenceBase1764500000000 implements MigrationInterface {
  name = 'EvidenceBase1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    // The old demo values had no release; the generated national data replaces them on the next start.
    await runner.query(`DELETE FROM evidence.observation WHERE synthetic`);
    await runner.query(`DELETE FROM evidence.seed_run WHERE name = 'demo-observations'`);
    await runner.query(`CREATE TABLE evidence.area (
      code text PRIMARY KEY,
      name text NOT NULL,
      region text NOT NULL,
      type text NOT NULL)`);
    await runner.query(`ALTER TABLE evidence.indicator
      ADD COLUMN owner_area_code text,
      ADD COLUMN definition text,
      ADD COLUMN defined_by text`);
    await runner.query(`CREATE TABLE evidence.observation_import (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      origin text NOT NULL,
      loaded_by text NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      rows_read int NOT NULL,
      inserted int NOT NULL,
      superseded int NOT NULL,
      unchanged int NOT NULL,
      rejected int NOT NULL,
      rejections jsonb NOT NULL)`);
    await runner.query(`ALTER TABLE evidence.observation
      DROP CONSTRAINT observation_indicator_code_area_code_period_source_key,
      ADD COLUMN numerator double precision,
      ADD COLUMN denominator double precision,
      ADD COLUMN ci_lower double precision,
      ADD COLUMN ci_upper double precision,
      ADD COLUMN published_on date NOT NULL DEFAULT DATE '2008-04-01',
      ADD COLUMN provisional boolean NOT NULL DEFAULT false,
      ADD COLUMN import_id uuid,
      ADD COLUMN loaded_by text NOT NULL DEFAULT 'platform',
      ADD COLUMN superseded_by uuid,
      ADD COLUMN superseded_at timestamptz`);
    // import_id and superseded_by name the observation_import row written in the same transaction; a foreign key
    // would add a trigger per row and halve the speed of a million-row import for no extra safety.
    await runner.query(
      `ALTER TABLE evidence.observation ALTER COLUMN published_on DROP DEFAULT, ALTER COLUMN loaded_by DROP DEFAULT`,
    );
    // One release of a figure per source and publication date. That only one release of a figure is current is the
    // import's rule (one import at a time, merged set-based): a second unique index would slow every import by a fifth.
    await runner.query(
      `CREATE UNIQUE INDEX observation_release ON evidence.observation (indicator_code, area_code, period, source, published_on)`,
    );
    // Releases are appended in bulk: a sequential id keeps the primary key's index appends cheap (a random uuid does not).
    await runner.query(`ALTER TABLE evidence.observation DROP COLUMN id`);
    await runner.query(
      `ALTER TABLE evidence.observation ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`,
    );
    await runner.query(`CREATE TABLE evidence.figure_of_record (
      indicator_code text NOT NULL REFERENCES evidence.indicator(code),
      area_code text NOT NULL,
      period text NOT NULL,
      source text NOT NULL,
      reason text NOT NULL,
      chosen_by text NOT NULL,
      chosen_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (indicator_code, area_code, period, chosen_at))`);
    await runner.query(`CREATE TABLE evidence.similar_area (
      area_code text NOT NULL,
      rank int NOT NULL,
      neighbour_code text NOT NULL,
      distance double precision NOT NULL,
      PRIMARY KEY (area_code, rank))`);
    await runner.query(`CREATE TABLE evidence.soft_evidence (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      area_code text NOT NULL,
      kind text NOT NULL,
      title text NOT NULL,
      summary text NOT NULL,
      source text NOT NULL,
      dated date NOT NULL,
      theme text NOT NULL,
      indicator_codes text[] NOT NULL,
      priority_ids uuid[] NOT NULL,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      version int NOT NULL DEFAULT 1,
      synthetic boolean NOT NULL DEFAULT false)`);
    await runner.query(`CREATE INDEX soft_evidence_area ON evidence.soft_evidence (area_code, dated)`);
    // Every version of a story is a row of its own: a new version never overwrites the signed one.
    await runner.query(`CREATE TABLE evidence.story_of_place (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      area_code text NOT NULL,
      version int NOT NULL,
      place_today text NOT NULL,
      ambition text NOT NULL,
      written_by text NOT NULL,
      written_at timestamptz NOT NULL DEFAULT now(),
      signed_off_by text,
      signed_off_at timestamptz,
      sign_off_note text,
      synthetic boolean NOT NULL DEFAULT false,
      UNIQUE (area_code, version))`);
    await runner.query(`CREATE TABLE evidence.story_claim (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      story_id uuid NOT NULL REFERENCES evidence.story_of_place(id),
      position int NOT NULL,
      statement text NOT NULL,
      indicator_codes text[] NOT NULL,
      soft_evidence_ids uuid[] NOT NULL,
      UNIQUE (story_id, position))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['story_claim', 'story_of_place', 'soft_evidence', 'similar_area', 'figure_of_record']) {
      await runner.query(`DROP TABLE evidence.${table}`);
    }
    await runner.query(`DROP INDEX evidence.observation_release`);
    await runner.query(`DELETE FROM evidence.observation WHERE superseded_at IS NOT NULL`);
    await runner.query(`ALTER TABLE evidence.observation
      DROP COLUMN numerator, DROP COLUMN denominator, DROP COLUMN ci_lower, DROP COLUMN ci_upper,
      DROP COLUMN published_on, DROP COLUMN provisional, DROP COLUMN import_id, DROP COLUMN loaded_by,
      DROP COLUMN superseded_by, DROP COLUMN superseded_at,
      ADD CONSTRAINT observation_indicator_code_area_code_period_source_key UNIQUE (indicator_code, area_code, period, source)`);
    await runner.query(`ALTER TABLE evidence.observation DROP COLUMN id`);
    await runner.query(`ALTER TABLE evidence.observation ADD COLUMN id uuid PRIMARY KEY DEFAULT gen_random_uuid()`);
    await runner.query(`DROP TABLE evidence.observation_import`);
    await runner.query(
      `ALTER TABLE evidence.indicator DROP COLUMN owner_area_code, DROP COLUMN definition, DROP COLUMN defined_by`,
    );
    await runner.query(`DROP TABLE evidence.area`);
  }
}
