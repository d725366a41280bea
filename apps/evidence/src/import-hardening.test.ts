import { SUBGRAPH_NAMES } from '@laa/config';
import { pgClientConfig } from '@laa/database';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { Client } from 'pg';
import { as, evidencePeople, HEADER, ImportReportRow } from './testing/evidence-people';

const REGION = 'E12000003';
const SHEFFIELD = '00CG';
const LEEDS = '00DA';
const people = evidencePeople(REGION, SHEFFIELD, '00CC');
const SOURCE = 'Hardening test statistics';

/** Sends bytes to the gateway's upload route as they are, in the chunks given. */
async function uploadBytes(region: TestRegion, chunks: Buffer[], origin: string) {
  const url = new URL(`/imports/observations?origin=${encodeURIComponent(origin)}`, region.gatewayUrl);
  const token = await region.tokenFor(people.goAnalyst);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body,
    duplex: 'half',
  } as RequestInit);
  const answer = (await response.json()) as {
    data?: ImportReportRow & { similarAreasStale: boolean | null };
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  return { status: response.status, ...answer };
}

const upload = (region: TestRegion, lines: string[], origin = 'test.csv') =>
  uploadBytes(region, [Buffer.from(`${[HEADER, ...lines].join('\n')}\n`)], origin);
const row = (
  indicator: string,
  area: string,
  period: string,
  value: string,
  source = SOURCE,
  published = '2008-10-01',
) => `${indicator},${area},${period},${value},,,,,${source},${published},false`;

async function sql<R>(region: TestRegion, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new Client(pgClientConfig(region.databaseConnection));
  await client.connect();
  try {
    return (await client.query(text, params)).rows as R[];
  } finally {
    await client.end();
  }
}

const loadedBy = (region: TestRegion, importId: string) =>
  sql<{ n: string }>(region, 'SELECT count(*) AS n FROM evidence.observation WHERE import_id = $1', [importId]).then(
    (r) => Number(r[0].n),
  );

describe.each([['server'], ['embedded']] as const)('imports that cannot be poisoned or lie (%s store)', (store) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion(REGION, {
      seedDemo: false,
      ...(store === 'embedded' ? { database: 'embedded' as const } : {}),
    });
  }, 120_000);
  afterAll(() => region?.stop());

  it('refuses the poison value by line and keeps importing in a region whose store already holds one', async () => {
    // A store poisoned before the bound: two sources of 1e308 for one figure overflow PostgreSQL's average.
    for (const source of ['Poisoned A', 'Poisoned B']) {
      await sql(
        region,
        `INSERT INTO evidence.observation (indicator_code, area_code, period, value, source, published_on, provisional, synthetic, loaded_by)
        VALUES ('NI116', $1, '2007/08', 1e308, $2, '2008-10-01', false, false, 'before the bound')`,
        [LEEDS, source],
      );
    }
    const { status, data } = await upload(
      region,
      [
        row('NI116', SHEFFIELD, '2006/07', '21.5'),
        row('NI116', SHEFFIELD, '2007/08', '1e308'),
        row('NI116', SHEFFIELD, '2005/06', '100000000000000'),
        row('NI116', SHEFFIELD, '2004/05', '150'),
        row('NI15', SHEFFIELD, '2007/08', '-3'),
        row('NI7', SHEFFIELD, '2007/08', '-2500.5'),
        row('NI116', SHEFFIELD, '2007/08', '20.9'),
      ],
      'poison.csv',
    );
    expect(status).toBe(200);
    expect(data).toMatchObject({ rowsRead: 7, inserted: 3, rejected: 4, similarAreasStale: false });
    expect(data!.rejections.map((r) => [r.line, r.reason])).toEqual([
      [3, 'NOT_A_NUMBER'],
      [4, 'OUT_OF_RANGE'],
      [5, 'OUT_OF_RANGE'],
      [6, 'OUT_OF_RANGE'],
    ]);
    expect(data!.rejections[2].message).toBe(
      "value 150 is outside the plausible range: the indicator's unit, inferred from its title, is a percentage (0 to 100)",
    );
    expect(data!.rejections[3].message).toContain('a rate (0 to 1,000,000,000)');
    expect(await loadedBy(region, data!.id)).toBe(3);

    // The figures read around the poison: the trend and benchmark of the poisoned area answer without error.
    const read = await as<{ area: { indicatorEvidence: { trend: { direction: string } } } }>(
      region,
      null,
      `{ area(code: "${LEEDS}") { indicatorEvidence(indicator: "NI116") { trend { direction } } } }`,
    );
    expect(read.errors).toBeUndefined();
    const again = await upload(region, [row('NI117', SHEFFIELD, '2007/08', '7.5')], 'after-poison.csv');
    expect(again.data).toMatchObject({ inserted: 1, rejected: 0, similarAreasStale: false });
    expect(await loadedBy(region, again.data!.id)).toBe(1);
  });

  it('reports what it committed when the similar areas cannot be recomputed after it, and says they are stale', async () => {
    await sql(region, 'ALTER TABLE evidence.similar_area RENAME TO similar_area_away');
    try {
      const { status, data } = await upload(
        region,
        [row('NI121', SHEFFIELD, '2007/08', '310.5'), row('NI121', SHEFFIELD, '2006/07', 'x')],
        'stale.csv',
      );
      expect(status).toBe(200);
      expect(data).toMatchObject({ inserted: 1, rejected: 1, similarAreasStale: true });
      expect(await loadedBy(region, data!.id)).toBe(1);
    } finally {
      await sql(region, 'ALTER TABLE evidence.similar_area_away RENAME TO similar_area');
    }
    const after = await upload(region, [row('NI121', SHEFFIELD, '2005/06', '320')], 'fresh.csv');
    expect(after.data).toMatchObject({ inserted: 1, similarAreasStale: false });
  });

  it('refuses every malformed row by line, and the good rows of the same file load', async () => {
    const { status, data } = await upload(
      region,
      [
        row('NI118', SHEFFIELD, '2001/02', '0x10'),
        row('NI118', SHEFFIELD, '2002/03', '0b101'),
        row('NI118', SHEFFIELD, '2003/04', '0o17'),
        row('NI118', SHEFFIELD, '2004/05', '4', SOURCE, '2007-02-31'),
        row('NI118', SHEFFIELD, '2005/06', '4', SOURCE, '0000-01-01'),
        row('NI118', SHEFFIELD, '2006/07', '4', `NUL\u0000source`),
        row('NI118', SHEFFIELD, '2007/08', '4', 'x'.repeat(1024 * 1024)),
        row('NI118', SHEFFIELD, '2000/01', '=HYPERLINK("http://evil.example")'),
        row('NI118', SHEFFIELD, '1999/00', '4', 'y'.repeat(600)),
        row('NI118', SHEFFIELD, '1998/99', '4.5'),
      ],
      'malformed.csv',
    );
    expect(status).toBe(200);
    expect(data!.rejections.map((r) => [r.line, r.reason])).toEqual([
      [2, 'NOT_A_NUMBER'],
      [3, 'NOT_A_NUMBER'],
      [4, 'NOT_A_NUMBER'],
      [5, 'BAD_DATE'],
      [6, 'BAD_DATE'],
      [7, 'CONTROL_CHARACTER'],
      [8, 'TOO_LONG'],
      [9, 'NOT_A_NUMBER'],
      [10, 'TOO_LONG'],
    ]);
    expect(data).toMatchObject({ rowsRead: 10, inserted: 1, rejected: 9 });
    expect(await loadedBy(region, data!.id)).toBe(1);
  });

  it('refuses a file that is not UTF-8 with the line of the first bad byte, importing nothing', async () => {
    const latin1 = Buffer.from(
      `${HEADER}\n${row('NI119', SHEFFIELD, '2006/07', '3')}\n${row('NI119', SHEFFIELD, '2007/08', '4', 'Caf\u00e9 statistics')}\n`,
      'latin1',
    );
    const { status, errors } = await uploadBytes(region, [latin1], 'latin1.csv');
    expect(status).toBe(400);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_UTF8', line: 3 });
    expect(errors?.[0].message).toContain('nothing was imported');
    expect(
      await sql(region, `SELECT 1 FROM evidence.observation WHERE indicator_code = 'NI119' AND source = $1`, [SOURCE]),
    ).toEqual([]);
  });

  it("refuses a NUL in the upload's origin with BAD_USER_INPUT, importing nothing", async () => {
    const { status, errors } = await upload(region, [row('NI122', SHEFFIELD, '2007/08', '3')], 'nul\u0000.csv');
    expect(status).toBe(400);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'origin' });
    expect(await sql(region, `SELECT 1 FROM evidence.observation WHERE indicator_code = 'NI122'`)).toEqual([]);
  });

  it('joins a character split across two chunks of the upload, and accepts a byte order mark', async () => {
    const text = Buffer.from(`\ufeff${HEADER}\n${row('NI120', SHEFFIELD, '2007/08', '12', 'Café € statistics 🙂')}\n`);
    const cut = text.indexOf(Buffer.from('€')) + 1;
    const { data } = await uploadBytes(region, [text.subarray(0, cut), text.subarray(cut)], 'split.csv');
    expect(data).toMatchObject({ inserted: 1, rejected: 0 });
    expect(await sql(region, `SELECT source FROM evidence.observation WHERE indicator_code = 'NI120'`)).toEqual([
      { source: 'Café € statistics 🙂' },
    ]);
  });
});

describe('a NUL character in a GraphQL argument', () => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await startTestRegion('E12000005', { seedDemo: false });
  }, 120_000);
  afterAll(() => region?.stop());

  it('is refused BAD_USER_INPUT through the gateway, in a literal, a variable and a mutation', async () => {
    const literal = await region.query('{ area(code: "00\\u0000CG") { name } }');
    const variable = await region.query('query ($code: String!) { area(code: $code) { name } }', {
      variables: { code: '00\u0000CG' },
    });
    const mutation = await as(
      region,
      evidencePeople('E12000005', '00CN', '00CT').goAnalyst,
      'mutation ($csv: String!) { importObservations(csv: $csv) { inserted } }',
      { csv: `${HEADER}\n${row('NI1', '00CN', '2007/08', '4', 'a\u0000b')}` },
    );
    for (const answer of [literal, variable, mutation])
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The public's mutation is still told to sign in first, whatever its input.
    const anonymous = await as(
      region,
      null,
      'mutation ($csv: String!) { importObservations(csv: $csv) { inserted } }',
      { csv: 'a\u0000b' },
    );
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is refused BAD_USER_INPUT by every subgraph', async () => {
    for (const subgraph of SUBGRAPH_NAMES) {
      const answer = await region.query('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
        variables: { r: [{ __typename: 'Area', code: '00\u0000CG' }] },
        subgraph,
      });
      expect([subgraph, answer.errors?.[0].extensions?.code]).toEqual([subgraph, 'BAD_USER_INPUT']);
    }
  });
});
