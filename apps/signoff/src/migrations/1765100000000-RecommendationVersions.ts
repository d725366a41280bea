import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every recommendation the Regional Director makes is kept: recommending again (after targets changed) adds
 * version 2, 3, ... beside the earlier documents instead of replacing them. Those made before are version 1.
 */
export class RecommendationVersions1765100000000 implements MigrationInterface {
  name = 'RecommendationVersions1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE signoff.recommendation ADD COLUMN version int NOT NULL DEFAULT 1`);
    await runner.query(`ALTER TABLE signoff.recommendation ALTER COLUMN version DROP DEFAULT`);
    await runner.query(
      `ALTER TABLE signoff.recommendation DROP CONSTRAINT recommendation_pkey, ADD PRIMARY KEY (agreement_id, version)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `DELETE FROM signoff.recommendation r WHERE version < (SELECT max(version) FROM signoff.recommendation l WHERE l.agreement_id = r.agreement_id)`,
    );
    await runner.query(
      `ALTER TABLE signoff.recommendation DROP CONSTRAINT recommendation_pkey, ADD PRIMARY KEY (agreement_id)`,
    );
    await runner.query(`ALTER TABLE signoff.recommendation DROP COLUMN version`);
  }
}
