import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Sustainable Community Strategy as a record of its own, and the story of place's link to the one it draws on.
 * Soft evidence kinds are plain text (the enum lives in the API), so the three new assessment kinds need no change here.
 */
export class CommunityStrategy1765510000000 implements MigrationInterface {
  name = 'CommunityStrategy1765510000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE evidence.community_strategy (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      area_code text NOT NULL,
      title text NOT NULL,
      adopted_on date NOT NULL,
      url text NOT NULL,
      period_from int NOT NULL,
      period_to int NOT NULL,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      version int NOT NULL DEFAULT 1,
      synthetic boolean NOT NULL DEFAULT false,
      CHECK (period_from <= period_to))`);
    await runner.query('CREATE INDEX community_strategy_area ON evidence.community_strategy (area_code, adopted_on)');
    await runner.query(
      'ALTER TABLE evidence.story_of_place ADD COLUMN community_strategy_id uuid REFERENCES evidence.community_strategy(id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE evidence.story_of_place DROP COLUMN community_strategy_id');
    await runner.query('DROP TABLE evidence.community_strategy');
  }
}
