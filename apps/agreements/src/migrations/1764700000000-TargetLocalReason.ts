import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A target's local reason: why the partnership wants it although the area may already perform
 * strongly ("the GOs should not presume the LAA should have a target unless it is something that
 * the local partnership wishes to include"). Null until given.
 */
export class TargetLocalReason1764700000000 implements MigrationInterface {
  name = 'TargetLocalReason1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE agreements.target ADD COLUMN local_reason text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE agreements.target DROP COLUMN local_reason');
  }
}
