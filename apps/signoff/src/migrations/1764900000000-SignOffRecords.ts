import { MigrationInterface, QueryRunner } from 'typeorm';

/** The recommendation's standard-format content (HTML and PDF are rendered from it) and each target sign-off's indicator. */
export class SignOffRecords1764900000000 implements MigrationInterface {
  name = 'SignOffRecords1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE signoff.recommendation ADD COLUMN content jsonb`);
    // So that the history names the target ("NI117 (designated)") without asking the agreements subgraph.
    await runner.query(`ALTER TABLE signoff.target_sign_off ADD COLUMN indicator_code text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE signoff.target_sign_off DROP COLUMN indicator_code`);
    await runner.query(`ALTER TABLE signoff.recommendation DROP COLUMN content`);
  }
}
