import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every observation's indicator is known, checked once per statement instead of once per row. A foreign key
 * fires a trigger per row: a million-row import spent some 11 of its 26 seconds there (psql's \copy of the
 * same file into a table with and without it). The statement trigger checks the rows a statement inserted in
 * one anti-join and holds the indicators they name (FOR KEY SHARE, as a foreign key does) until the import
 * commits; an indicator that has observations cannot be deleted or renamed.
 */
export class KnownIndicatorsPerStatement1765000000000 implements MigrationInterface {
  name = 'KnownIndicatorsPerStatement1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE evidence.observation DROP CONSTRAINT observation_indicator_code_fkey');
    await runner.query(`CREATE FUNCTION evidence.observations_name_known_indicators() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE unknown text;
      BEGIN
        PERFORM 1 FROM evidence.indicator i WHERE i.code IN (SELECT DISTINCT n.indicator_code FROM inserted n) FOR KEY SHARE;
        SELECT n.indicator_code INTO unknown FROM inserted n
          WHERE NOT EXISTS (SELECT 1 FROM evidence.indicator i WHERE i.code = n.indicator_code) LIMIT 1;
        IF unknown IS NOT NULL THEN
          RAISE EXCEPTION 'observation of unknown indicator %', unknown USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER observation_known_indicators AFTER INSERT ON evidence.observation
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION evidence.observations_name_known_indicators()`);
    await runner.query(`CREATE FUNCTION evidence.observation_indicator_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'an observation''s indicator cannot change' USING ERRCODE = 'foreign_key_violation';
      END $$`);
    await runner.query(`CREATE TRIGGER observation_indicator_unchanged BEFORE UPDATE OF indicator_code ON evidence.observation
      FOR EACH ROW WHEN (OLD.indicator_code IS DISTINCT FROM NEW.indicator_code) EXECUTE FUNCTION evidence.observation_indicator_unchanged()`);
    await runner.query(`CREATE FUNCTION evidence.indicator_kept_while_observed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (TG_OP = 'DELETE' OR NEW.code IS DISTINCT FROM OLD.code)
           AND EXISTS (SELECT 1 FROM evidence.observation o WHERE o.indicator_code = OLD.code) THEN
          RAISE EXCEPTION 'indicator % has observations', OLD.code USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await runner.query(`CREATE TRIGGER indicator_kept_while_observed BEFORE DELETE OR UPDATE OF code ON evidence.indicator
      FOR EACH ROW EXECUTE FUNCTION evidence.indicator_kept_while_observed()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER indicator_kept_while_observed ON evidence.indicator');
    await runner.query('DROP TRIGGER observation_indicator_unchanged ON evidence.observation');
    await runner.query('DROP TRIGGER observation_known_indicators ON evidence.observation');
    await runner.query(
      'DROP FUNCTION evidence.indicator_kept_while_observed(), evidence.observation_indicator_unchanged(), evidence.observations_name_known_indicators()',
    );
    await runner.query(
      'ALTER TABLE evidence.observation ADD FOREIGN KEY (indicator_code) REFERENCES evidence.indicator(code)',
    );
  }
}
