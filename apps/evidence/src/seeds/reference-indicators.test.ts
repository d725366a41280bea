import { ensureDatabase, openSubgraphDatabase } from '@laa/database';
import { readIndicators } from '@laa/reference-data';
import { dropTestDatabase, freshDatabaseUrl, testDatabaseServer } from '@laa/testing';
import { DataSource } from 'typeorm';
import { evidenceSubgraph } from '../subgraph';
import { Indicator } from '../entities/indicator';
import { IndicatorRevision } from '../entities/indicator-revision';
import { importReferenceIndicators } from './reference-indicators';
import { IndicatorCorrectionService } from '../services/indicator-correction-service';
import { StatutoryMembership } from '../entities/statutory-membership';

let url: string | undefined;
let db: DataSource;

beforeAll(async () => {
  const server = await testDatabaseServer();
  if (!server) throw new Error('This test needs a PostgreSQL server (TEST_DATABASE_URL or 127.0.0.1:5432)');
  url = freshDatabaseUrl(server, 'reimport');
  await ensureDatabase(url);
  db = await openSubgraphDatabase({
    url,
    schema: 'evidence',
    entities: evidenceSubgraph.entities,
    migrations: evidenceSubgraph.migrations,
  });
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
      row.code === 'NI2'
        ? {
            ...row,
            title: 'Percentage of people who feel that they belong to their neighbourhood',
            titleStatus: 'SOURCED' as never,
          }
        : row,
    );
    const report = await db.transaction((m) => importReferenceIndicators(m, corrected, 'corrected.csv'));
    expect(report).toEqual({ added: 0, changed: 1, unchanged: 198 });

    const ni2 = await db.getRepository(Indicator).findOneByOrFail({ code: 'NI2' });
    expect(ni2).toMatchObject({ revision: 2, titleStatus: 'SOURCED' });
    const history = await db
      .getRepository(IndicatorRevision)
      .find({ where: { indicatorCode: 'NI2' }, order: { revision: 'ASC' } });
    expect(history.map((h) => [h.revision, h.origin, h.values.titleStatus])).toEqual([
      [1, 'national_indicators.csv', 'UNVERIFIED'],
      [2, 'corrected.csv', 'SOURCED'],
    ]);
    expect(history[1].changedFields).toEqual(['title', 'titleStatus']);
  });

  it("never undoes a steward's correction: a re-import lays every correction in effect over the file", async () => {
    const steward = 'Demo CLG Data Steward (steward-clg)';
    const corrections = new IndicatorCorrectionService(db);
    await corrections.correct(
      {
        indicatorCode: 'NI8',
        polarity: 'LOWER_IS_BETTER' as never,
        source: 'a test source',
        effectiveFrom: '2008-04-01',
      },
      steward,
    );
    await corrections.correct(
      { indicatorCode: 'NI74', statutoryDcsf: true, source: 'a test letter', effectiveFrom: '2009-01-01' },
      steward,
    );
    const report = await db.transaction((m) => importReferenceIndicators(m));
    expect(report).toEqual({ added: 0, changed: 1, unchanged: 198 }); // NI2's title from the file again: it was never a steward's
    const ni8 = await db.getRepository(Indicator).findOneByOrFail({ code: 'NI8' });
    expect(ni8).toMatchObject({ polarity: 'LOWER_IS_BETTER', polarityStatus: 'SOURCED' });
    const ni74 = await db
      .getRepository(StatutoryMembership)
      .find({ where: { indicatorCode: 'NI74' }, order: { from: 'ASC' } });
    expect(ni74.map((m) => [m.from, m.to, m.status])).toEqual([
      ['2008-04-01', '2008-12-31', 'INFERRED'],
      ['2009-01-01', null, 'SOURCED'],
    ]);
  });
});
