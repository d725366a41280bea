import { MigrationInterface, QueryRunner } from 'typeorm';

/** The round's process map template as the region's GO edits it; until then the round uses the source's timetable. */
export class RoundProcessMap1765520000000 implements MigrationInterface {
  name = 'RoundProcessMap1765520000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE agreements.round_process_map (
      first_year int PRIMARY KEY,
      milestones jsonb NOT NULL,
      version int NOT NULL,
      changed_by text NOT NULL,
      changed_at timestamptz NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE agreements.round_process_map');
  }
}
