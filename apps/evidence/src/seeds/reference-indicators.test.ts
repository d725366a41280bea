import { ensureDatabase, openSubgraphDatabase } from '@laa/database';
import { readIndicators } from '@laa/reference-data';
import { dropTestDatabase, freshDatabaseUrl, testDatabaseServer } from '@laa/testing';
import { DataSource } from 'typeorm';
import { evidenceSubgraph } from '../subgraph';
import { Indicator } from '../entities/indicator';
import { IndicatorRevision } from '../entities/indicator-revision';
import { importReferenceIndicators } from './reference-indicators';

let url: string | undefined;
let db: DataSource;

beforeAll(async () => {
  const server = await testDatabaseServer();
  if (!server) throw new Error('This test needs a PostgreSQL server (TEST_DATABASE_URL or 127.0.0.1:5432)');
  url = freshDatabaseUrl(server, 'reimport');
  await ensureDatabase(url);
  db = await openSubgraphDatabase({ url, schema: 'evidence', entities: evidenceSubgraph.entities, migrations: evidenceSubgraph.migrations });
});
afterAll(async () => {
  await db?.destroy();
  if (url) await dropTestDatabase(url);
});

describe('re-importing the reference data', () => {
  it('loads every row once and changes nothing the second time', async () => {
    const first = await db.transaction((m) => importReferenceIndicators(m));
    const second = await db.transaction((m) => importReferenceIndicators(m));
    expect(first).toEqual({ added: 199, changed: 0, unchanged: 0 });
    expect(second).toEqual({ added: 0, changed: 0, unchanged: 199 });
  });

  it('applies a corrected title as a new revision and keeps the old one in history', async () => {
    const corrected = readIndicators().map((row) =>
      row.code === 'NI2' ? { ...row, title: 'Percentage of people who feel that they belong to their neighbourhood', titleStatus: 'SOURCED' as never } : row,
    );
    const report = await db.transaction((m) => importReferenceIndicators(m, corrected, 'corrected.csv'));
    expect(report).toEqual({ added: 0, changed: 1, unchanged: 198 });

    const ni2 = await db.getRepository(Indicator).findOneByOrFail({ code: 'NI2' });
    expect(ni2).toMatchObject({ revision: 2, titleStatus: 'SOURCED' });
    const history = await db.getRepository(IndicatorRevision).find({ where: { indicatorCode: 'NI2' }, order: { revision: 'ASC' } });
    expect(history.map((h) => [h.revision, h.origin, h.values.titleStatus])).toEqual([
      [1, 'national_indicators.csv', 'UNVERIFIED'],
      [2, 'corrected.csv', 'SOURCED'],
    ]);
    expect(history[1].changedFields).toEqual(['title', 'titleStatus']);
  });
});
