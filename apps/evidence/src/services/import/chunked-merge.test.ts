import { typeormConnection } from '@laa/database';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { DataSource } from 'typeorm';
import { CHUNK_SIZES, ChunkSizes } from './chunked-merge';
import { ObservationImporter } from './observation-importer';
import { HEADER } from '../../testing/evidence-people';

const SHEFFIELD = '00CG';
let region: TestRegion;
let db: DataSource;

beforeAll(async () => {
  region = await startTestRegion('E12000003', { seedDemo: false });
  db = await new DataSource({ type: 'postgres', ...typeormConnection(region.databaseConnection) }).initialize();
});
afterAll(async () => {
  await db?.destroy();
  await region?.stop();
});

const row = (indicator: string, period: string, value: number, published: string, source: string) =>
  `${indicator},${SHEFFIELD},${period},${value},,,,,${source},${published},false`;

/** What an earlier import of the source holds: three figures of NI116. */
const earlier = (source: string) =>
  [
    HEADER,
    row('NI116', '2003/04', 10, '2004-10-01', source),
    row('NI116', '2004/05', 11, '2005-10-01', source),
    row('NI116', '2005/06', 12, '2006-10-01', source),
  ].join('\n');

/** A file whose every kind of row lands in a different chunk when chunks are two rows long. */
const file = (source: string) =>
  [
    HEADER,
    row('NI117', '2003/04', 5, '2004-10-01', source), //      2  new figures only: the chunk goes straight in
    row('NI117', '2004/05', 6, '2005-10-01', source), //      3
    row('NI117', '2003/04', 5.5, '2005-03-01', source), //    4  a newer release of line 2, a chunk later
    row('NI118', '2003/04', 1, '2004-10-01', source), //      5
    row('NI116', '2003/04', 10, '2004-10-01', source), //     6  the earlier import's figure again: unchanged
    row('NI116', '2004/05', 99, '2005-10-01', source), //     7  the earlier import's release with other figures
    row('NI116', '2005/06', 12.5, '2007-01-01', source), //   8  supersedes the earlier import's figure
    row('NI116', '2005/06', 12.2, '2006-12-01', source), //   9  older than line 8: history
    row('NI118', '2003/04', 0.5, '2004-06-01', source), //   10  older than line 5, merged apart from it: history
    row('NI117', '2004/05', 6, '2005-10-01', source), //     11  line 3 again
    row('NI116', '2003/04', 9, '2004-01-01', source), //     12  older than the earlier import's current figure
  ].join('\n');

const importer = (sizes: ChunkSizes) => new ObservationImporter(db, sizes);
/** Line by line, as a stream delivers it, so a chunk is exactly `chunkRows` rows. */
const load = (sizes: ChunkSizes, csv: string) =>
  importer(sizes).import({
    chunks: csv.split(/(?<=\n)/),
    origin: 'chunks.csv',
    loadedBy: 'Chunk Test',
    callerAreas: null,
  });

async function releasesFrom(source: string) {
  const rows: { indicator_code: string; period: string; value: number; current: boolean }[] = await db.query(
    `SELECT indicator_code, period, value, superseded_at IS NULL AS current FROM evidence.observation
     WHERE source = $1 ORDER BY indicator_code, period, published_on DESC`,
    [source],
  );
  return rows.map((r) => `${r.indicator_code} ${r.period} ${r.value}${r.current ? '' : ' (history)'}`);
}

const EXPECTED_RELEASES = [
  'NI116 2003/04 10',
  'NI116 2004/05 11',
  'NI116 2005/06 12.5',
  'NI116 2005/06 12.2 (history)',
  'NI116 2005/06 12 (history)',
  'NI117 2003/04 5.5',
  'NI117 2003/04 5 (history)',
  'NI117 2004/05 6',
  'NI118 2003/04 1',
  'NI118 2003/04 0.5 (history)',
];

describe('an import merged chunk by chunk', () => {
  it.each([
    ['two-row chunks, merged every three staged rows', { chunkRows: 2, mergeRows: 3 }, 'Chunked Statistics'],
    ['the whole file as one chunk', CHUNK_SIZES, 'Whole File Statistics'],
  ])('ends as the file says whatever the chunks: %s', async (_, sizes, source) => {
    const pairsBefore = await db.query(
      `SELECT 1 FROM evidence.observation WHERE area_code = $1 AND indicator_code IN ('NI117', 'NI118')`,
      [SHEFFIELD],
    );
    if (source === 'Chunked Statistics') expect(pairsBefore).toHaveLength(0); // so its first chunk takes the direct way
    await load(CHUNK_SIZES, earlier(source));

    const report = await load(sizes, file(source));

    expect(report).toMatchObject({ rowsRead: 11, inserted: 7, superseded: 4, unchanged: 1, rejected: 3 });
    expect(report.rejections.map((r) => [r.line, r.reason])).toEqual([
      [7, 'CONFLICTS_WITH_LOADED_RELEASE'],
      [11, 'DUPLICATE'],
      [12, 'OLDER_THAN_LOADED_RELEASE'],
    ]);
    expect(await releasesFrom(source)).toEqual(EXPECTED_RELEASES);
  });

  it('changes nothing when the chunked file comes again', async () => {
    const report = await load({ chunkRows: 2, mergeRows: 3 }, file('Chunked Statistics'));
    expect(report).toMatchObject({ inserted: 0, superseded: 0, unchanged: 8, rejected: 3 });
    expect(await releasesFrom('Chunked Statistics')).toEqual(EXPECTED_RELEASES);
  });
});

describe("the observations' indicators", () => {
  const insert = (indicator: string) =>
    db.query(
      `INSERT INTO evidence.observation (indicator_code, area_code, period, value, source, published_on, synthetic, loaded_by)
      VALUES ($1, $2, '2003/04', 1, 'Integrity Statistics', DATE '2004-10-01', false, 'Chunk Test')`,
      [indicator, SHEFFIELD],
    );
  const refusal = (error: { code?: string; message: string }) => `${error.code}: ${error.message}`;

  it('are known: a row naming no indicator is refused, whoever writes it', async () => {
    expect(await insert('NI999').catch(refusal)).toBe('23503: observation of unknown indicator NI999');
    await expect(insert('NI116')).resolves.toBeDefined();
  });

  it('stay while observed: an indicator with observations cannot be deleted or renamed, nor an observation moved', async () => {
    const refused = 'NI116 has observations';
    expect(await db.query(`DELETE FROM evidence.indicator WHERE code = 'NI116'`).catch(refusal)).toMatch(refused);
    expect(await db.query(`UPDATE evidence.indicator SET code = 'NI116x' WHERE code = 'NI116'`).catch(refusal)).toMatch(
      refused,
    );
    expect(
      await db
        .query(`UPDATE evidence.observation SET indicator_code = 'NI117' WHERE source = 'Integrity Statistics'`)
        .catch(refusal),
    ).toBe("23503: an observation's indicator cannot change");
  });
});
