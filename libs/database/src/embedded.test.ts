import { Client } from 'pg';
import { pgClientConfig } from './connection';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded';
import { EMBEDDED_STORE_SETTINGS } from './embedded/store-settings';

// One PGlite session shared by many pg connections, in process: each must behave as if it had its own.
let embedded: EmbeddedPostgres;
const clients: Client[] = [];

beforeAll(async () => {
  embedded = await startEmbeddedPostgres({ idleInTransactionMs: 500 });
  const client = await connect();
  await client.query('CREATE TABLE note (id int PRIMARY KEY, text text NOT NULL)');
});
afterAll(async () => {
  for (const client of clients) await client.end().catch(() => undefined);
  await embedded?.stop();
});

async function connect(): Promise<Client> {
  const client = new Client(pgClientConfig(embedded.connection));
  client.on('error', () => undefined);
  await client.connect();
  clients.push(client);
  return client;
}

const notes = async (client: Client) =>
  (await client.query<{ id: number }>('SELECT id FROM note ORDER BY id')).rows.map((r) => r.id);

async function writeAndReadBack(client: Client, id: number): Promise<boolean> {
  await client.query('BEGIN');
  await client.query('INSERT INTO note VALUES ($1, $2)', [id, `note ${id}`]);
  const { rows } = await client.query<{ text: string }>('SELECT text FROM note WHERE id = $1', [id]);
  await client.query('COMMIT');
  return rows.length === 1 && rows[0].text === `note ${id}`;
}

async function readOwnParameters(client: Client, n: number): Promise<boolean> {
  const { rows } = await client.query<{ n: number; s: number }>('SELECT $1::int AS n, generate_series(1, 50) AS s', [
    n,
  ]);
  return rows.length === 50 && rows.every((row) => row.n === n);
}

describe('the embedded database shared between connections', () => {
  it('answers eight connections mixing transactions and parameterised reads, each its own answer', async () => {
    const eight = await Promise.all(Array.from({ length: 8 }, connect));
    const outcomes = await Promise.all(
      eight.map(async (client, c) => {
        const right: boolean[] = [];
        for (let i = 0; i < 25; i++)
          right.push(
            await (c % 2 ? writeAndReadBack(client, 1000 + c * 100 + i) : readOwnParameters(client, c * 100 + i)),
          );
        return right;
      }),
    );
    expect(outcomes.flat().filter((ok) => !ok)).toHaveLength(0);
    expect(outcomes.flat()).toHaveLength(200);
    await eight[1].query('DELETE FROM note');
  });

  it("keeps a transaction's statements together: another connection waits for its commit and then sees it whole", async () => {
    const [writer, reader] = [await connect(), await connect()];
    await writer.query('BEGIN');
    await writer.query('INSERT INTO note VALUES ($1, $2)', [1, 'first']);
    const read = notes(reader);
    await writer.query('INSERT INTO note VALUES ($1, $2)', [2, 'second']);
    await writer.query('COMMIT');
    expect(await read).toEqual([1, 2]);
  });

  it('rolls back the transaction of a connection that went away, and serves the others', async () => {
    const [leaving, staying] = [await connect(), await connect()];
    await leaving.query('BEGIN');
    await leaving.query('INSERT INTO note VALUES (3, $1)', ['never committed']);
    (leaving as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect(await notes(staying)).toEqual([1, 2]);
    expect((await staying.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('ends a connection idle in its transaction while others wait, rolling it back', async () => {
    const [idle, waiting] = [await connect(), await connect()];
    await idle.query('BEGIN');
    await idle.query('INSERT INTO note VALUES (4, $1)', ['left open']);
    expect(await notes(waiting)).toEqual([1, 2]);
    await expect(idle.query('COMMIT')).rejects.toThrow();
  });

  it('keeps a failed statement from breaking the session for the next connection', async () => {
    const [failing, next] = [await connect(), await connect()];
    const failed = failing.query('SELECT $1::int', ['not a number']).catch((error: { code?: string }) => error.code);
    const answered = next.query('SELECT $1::text AS t', ['fine']);
    expect(await failed).toBe('22P02');
    expect((await answered).rows).toEqual([{ t: 'fine' }]);
  });

  it("runs PostgreSQL with the region store's settings (a small buffer pool, since WebAssembly memory never shrinks)", async () => {
    const client = await connect();
    for (const [name, value] of Object.entries(EMBEDDED_STORE_SETTINGS)) {
      const { rows } = await client.query<Record<string, string>>(`SHOW ${name}`);
      expect({ name, value: rows[0][name] }).toEqual({ name, value });
    }
  });
});
