import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trends, projections, benchmarks (averages, rank, quartile, top-quartile threshold) and similar areas' figures,
 * derived when the figures change rather than on every read: a region's whole evidence profile used to read every
 * area of England's figures of every indicator (11 to 24 s). Triggers mark an indicator due for derivation whenever
 * something it is derived from changes (observations, choices of figure of record, polarity; '*' for every indicator
 * when an area's similar areas or the register of areas change), in the writer's own transaction, so a reader never takes a
 * stale derived row for current: it computes a due indicator on the fly until the derivation has caught up.
 * A mark carries a generation: the derivation clears only the marks it read, so a write that lands while it runs
 * stays marked.
 */
export class DerivedEvidence1765600000000 implements MigrationInterface {
  name = 'DerivedEvidence1765600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE evidence.derived_trend (
      indicator_code text NOT NULL,
      area_code text NOT NULL,
      direction text NOT NULL,
      slope_per_year double precision,
      relative_change_per_year double precision,
      points_used int NOT NULL,
      projection jsonb NOT NULL,
      derived_as_of timestamptz NOT NULL,
      PRIMARY KEY (area_code, indicator_code))`);
    await runner.query(`CREATE TABLE evidence.derived_benchmark (
      indicator_code text NOT NULL,
      area_code text NOT NULL,
      period text NOT NULL,
      value double precision,
      region_average double precision,
      england_average double precision,
      similar_areas_average double precision,
      rank int,
      areas_ranked int NOT NULL,
      quartile int,
      top_quartile_threshold double precision,
      similar_areas jsonb NOT NULL,
      derived_as_of timestamptz NOT NULL,
      PRIMARY KEY (area_code, indicator_code, period))`);
    await runner.query('CREATE INDEX derived_trend_indicator ON evidence.derived_trend (indicator_code)');
    await runner.query('CREATE INDEX derived_benchmark_indicator ON evidence.derived_benchmark (indicator_code)');
    await runner.query('CREATE SEQUENCE evidence.derivation_generation');
    await runner.query(`CREATE TABLE evidence.derivation_due (
      indicator_code text PRIMARY KEY,
      generation bigint NOT NULL,
      marked_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    // Sorted, so two writers marking the same indicators lock the marks in the same order.
    await runner.query(`CREATE FUNCTION evidence.mark_indicators_due() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO evidence.derivation_due (indicator_code, generation)
          SELECT code, nextval('evidence.derivation_generation') FROM (SELECT DISTINCT indicator_code AS code FROM changed ORDER BY 1) c
          ON CONFLICT (indicator_code) DO UPDATE SET generation = excluded.generation, marked_at = clock_timestamp();
        RETURN NULL;
      END $$`);
    // Statement triggers fire even when no row changed (an upsert of the same reference areas at every start), hence the check.
    await runner.query(`CREATE FUNCTION evidence.mark_every_indicator_due() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed) THEN
          INSERT INTO evidence.derivation_due (indicator_code, generation) VALUES ('*', nextval('evidence.derivation_generation'))
            ON CONFLICT (indicator_code) DO UPDATE SET generation = excluded.generation, marked_at = clock_timestamp();
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, event, transition] of [
      ['observation', 'INSERT', 'NEW'],
      ['observation', 'UPDATE', 'NEW'],
      ['observation', 'DELETE', 'OLD'],
      ['figure_of_record', 'INSERT', 'NEW'],
      ['figure_of_record', 'DELETE', 'OLD'],
    ]) {
      await runner.query(`CREATE TRIGGER ${table}_${event.toLowerCase()}_marks_due AFTER ${event} ON evidence.${table}
        REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION evidence.mark_indicators_due()`);
    }
    await runner.query(`CREATE FUNCTION evidence.mark_indicator_due() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO evidence.derivation_due (indicator_code, generation) VALUES (NEW.code, nextval('evidence.derivation_generation'))
          ON CONFLICT (indicator_code) DO UPDATE SET generation = excluded.generation, marked_at = clock_timestamp();
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER indicator_polarity_marks_due AFTER UPDATE OF polarity ON evidence.indicator
      FOR EACH ROW WHEN (OLD.polarity IS DISTINCT FROM NEW.polarity) EXECUTE FUNCTION evidence.mark_indicator_due()`);
    for (const [table, event, transition] of [
      ['area', 'INSERT', 'NEW'],
      ['area', 'DELETE', 'OLD'],
    ]) {
      await runner.query(`CREATE TRIGGER ${table}_${event.toLowerCase()}_marks_all_due AFTER ${event} ON evidence.${table}
        REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION evidence.mark_every_indicator_due()`);
    }
    await runner.query(`CREATE FUNCTION evidence.mark_every_indicator_due_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO evidence.derivation_due (indicator_code, generation) VALUES ('*', nextval('evidence.derivation_generation'))
          ON CONFLICT (indicator_code) DO UPDATE SET generation = excluded.generation, marked_at = clock_timestamp();
        RETURN NULL;
      END $$`);
    // A new set of neighbours changes similar-area averages everywhere; a distance alone is read from similar_area itself.
    await runner.query(`CREATE TRIGGER similar_area_marks_all_due AFTER INSERT OR DELETE OR UPDATE OF area_code, rank, neighbour_code ON evidence.similar_area
      FOR EACH ROW EXECUTE FUNCTION evidence.mark_every_indicator_due_row()`);
    await runner.query(`CREATE TRIGGER area_region_marks_all_due AFTER UPDATE OF region ON evidence.area
      FOR EACH ROW WHEN (OLD.region IS DISTINCT FROM NEW.region) EXECUTE FUNCTION evidence.mark_every_indicator_due_row()`);
    // A database migrated with figures already in it has everything to derive.
    await runner.query(
      `INSERT INTO evidence.derivation_due (indicator_code, generation) VALUES ('*', nextval('evidence.derivation_generation'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER area_region_marks_all_due ON evidence.area');
    await runner.query('DROP TRIGGER similar_area_marks_all_due ON evidence.similar_area');
    for (const [table, event] of [
      ['area', 'insert'],
      ['area', 'delete'],
    ]) {
      await runner.query(`DROP TRIGGER ${table}_${event}_marks_all_due ON evidence.${table}`);
    }
    await runner.query('DROP TRIGGER indicator_polarity_marks_due ON evidence.indicator');
    for (const [table, event] of [
      ['observation', 'insert'],
      ['observation', 'update'],
      ['observation', 'delete'],
      ['figure_of_record', 'insert'],
      ['figure_of_record', 'delete'],
    ]) {
      await runner.query(`DROP TRIGGER ${table}_${event}_marks_due ON evidence.${table}`);
    }
    await runner.query(
      'DROP FUNCTION evidence.mark_every_indicator_due_row(), evidence.mark_indicator_due(), evidence.mark_every_indicator_due(), evidence.mark_indicators_due()',
    );
    await runner.query('DROP TABLE evidence.derivation_due, evidence.derived_benchmark, evidence.derived_trend');
    await runner.query('DROP SEQUENCE evidence.derivation_generation');
  }
}
