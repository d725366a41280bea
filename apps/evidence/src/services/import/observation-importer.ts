import { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { CsvChunks } from './csv-records';
import { mergeRejections, mergeStaging } from './merge';
import { ImportScope, Rejection } from './observation-row';
import { stageRecords } from './stage-records';
import { copySink, createStaging, insertSink } from './staging';

export interface ImportRequest {
  /** The CSV text, in chunks as they arrive (a file stream, or one string). */
  chunks: CsvChunks;
  /** The file name, or what sent it. */
  origin: string;
  loadedBy: string;
  /** The areas the caller may load; null for any. */
  callerAreas: ReadonlySet<string> | null;
  onBytes?: (bytes: number) => void;
}

export interface ImportReport {
  id: string;
  origin: string;
  loadedBy: string;
  rowsRead: number;
  inserted: number;
  superseded: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
}

/** How many rejected rows an import run keeps in the database (the count is always exact). */
export const STORED_REJECTIONS = 1000;

/**
 * Loads a CSV of observations in one transaction: a file that fails half way leaves nothing behind.
 * Rows stream into a staging table (COPY on a server), then merge set-based into the observations.
 */
export class ObservationImporter {
  constructor(private readonly db: DataSource) {}

  async import(request: ImportRequest): Promise<ImportReport> {
    const runner = this.db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      await client.query('BEGIN');
      // One import at a time per database: two files superseding the same figure must not interleave.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('evidence:observation-import'))`);
      const report = await this.run(client, request);
      await client.query('COMMIT');
      return report;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async run(client: PoolClient, request: ImportRequest): Promise<ImportReport> {
    const scope = await importScope(client, request.callerAreas);
    await createStaging(client);
    const sink = (await isEmbedded(client)) ? insertSink(client) : copySink(client);
    const staged = await stageRecords(request.chunks, scope, sink, request.onBytes);
    await client.query('ANALYZE observation_staging');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO evidence.observation_import (origin, loaded_by, rows_read, inserted, superseded, unchanged, rejected, rejections)
       VALUES ($1, $2, $3, 0, 0, 0, 0, '[]') RETURNING id`,
      [request.origin, request.loadedBy, staged.rowsRead],
    );
    const id = rows[0].id;
    const counts = await mergeStaging(client, id, request.loadedBy, staged.olderInFile);
    const rejections = [...staged.rejections, ...(await mergeRejections(client))].sort((a, b) => a.line - b.line);
    await client.query(
      `UPDATE evidence.observation_import SET inserted = $2, superseded = $3, unchanged = $4, rejected = $5, rejections = $6 WHERE id = $1`,
      [id, counts.inserted, counts.superseded, counts.unchanged, rejections.length, JSON.stringify(rejections.slice(0, STORED_REJECTIONS))],
    );
    return { id, origin: request.origin, loadedBy: request.loadedBy, rowsRead: staged.rowsRead, ...counts, rejected: rejections.length, rejections };
  }
}

async function importScope(client: PoolClient, callerAreas: ReadonlySet<string> | null): Promise<ImportScope> {
  const indicators = await client.query<{ code: string; owner_area_code: string | null }>(`SELECT code, owner_area_code FROM evidence.indicator`);
  const areas = await client.query<{ code: string }>(`SELECT code FROM evidence.area`);
  return {
    indicators: new Map(indicators.rows.map((i) => [i.code, { ownerArea: i.owner_area_code }])),
    areas: new Set(areas.rows.map((a) => a.code)),
    callerAreas,
  };
}

/** PGlite answers version() with its own name; COPY FROM STDIN over its socket is not safe. */
async function isEmbedded(client: PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ version: string }>('SELECT version()');
  return rows[0].version.includes('PGlite');
}
