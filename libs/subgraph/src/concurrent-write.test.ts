import {
  DatabaseConnection,
  EmbeddedPostgres,
  serverAnswers,
  startEmbeddedPostgres,
  typeormConnection,
} from '@laa/database';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { errorFormatter } from './errors';
import { createLogger } from './logger';

// Two writers racing for the same row: PostgreSQL lets one through and refuses the other with an error the
// caller must read as CONFLICT (reload and try again), never as an internal error.
const SERVER = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
let embedded: EmbeddedPostgres | undefined;
let db: DataSource;

beforeAll(async () => {
  let connection: DatabaseConnection = { url: SERVER };
  if (!(await serverAnswers(SERVER))) connection = (embedded = await startEmbeddedPostgres()).connection;
  db = await new DataSource({ type: 'postgres', ...typeormConnection(connection) }).initialize();
});
afterAll(async () => {
  await db?.destroy();
  await embedded?.stop();
});

/** What PostgreSQL answers the loser, as TypeORM hands it to a resolver. */
async function refusal(statements: string[]): Promise<unknown> {
  const runner = db.createQueryRunner();
  try {
    for (const sql of statements.slice(0, -1)) await runner.query(sql);
    return await runner.query(statements[statements.length - 1]).then(
      () => null,
      (error: unknown) => error,
    );
  } finally {
    await runner.release();
  }
}

const format = errorFormatter(createLogger({}, 'silent'));
const asAnswered = (error: unknown) =>
  format(
    { message: 'raw', path: ['takeSignOffStep'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    new GraphQLError('raw', { originalError: error as Error, path: ['takeSignOffStep'] }),
  );

describe('a write that lost a race', () => {
  it('is CONFLICT when the key it inserts was written first (unique violation)', async () => {
    const error = await refusal([
      'CREATE TEMP TABLE sign_off_race (agreement int PRIMARY KEY)',
      'INSERT INTO sign_off_race VALUES (1)',
      'INSERT INTO sign_off_race VALUES (1)',
    ]);
    expect(asAnswered(error).extensions).toEqual({ code: 'CONFLICT' });
    expect(asAnswered(error).message).toMatch(/at the same moment/);
  });

  it('stays INTERNAL_SERVER_ERROR when the statement failed for another reason', async () => {
    const error = await refusal(['SELECT 1 / 0']);
    expect(asAnswered(error).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
