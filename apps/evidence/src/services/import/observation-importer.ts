import { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { unitClassOf } from '../../rules/figure-bounds';
import { CsvChunks } from './csv-records';
import { CHUNK_SIZES, ChunkedMerge, ChunkSizes } from './chunked-merge';
import { ImportScope, Rejection } from './observation-row';
import { stageRecords } from './stage-records';
import { createStaging } from './staging';

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
  /** True when the similar areas could not be recomputed after the import (see ObservationImportService). */
  similarAreasStale?: boolean;
}

/** How many rejected rows an import run keeps in the database (the count is always exact). */
export const STORED_REJECTIONS = 1000;

/**
 * Loads a CSV of observations in one transaction: a file that fails half way leaves nothing behind.
 * Rows stream in chunks through a staging table (COPY on a server) and merge set-based into the observations.
 */
export class ObservationImporter {
  constructor(
    private readonly db: DataSource,
    private readonly sizes: ChunkSizes = CHUNK_SIZES,
  ) {}

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
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO evidence.observation_import (origin, loaded_by, rows_read, inserted, superseded, unchanged, rejected, rejections)
       VALUES ($1, $2, 0, 0, 0, 0, 0, '[]') RETURNING id`,
      [request.origin, request.loadedBy],
    );
    const id = rows[0].id;
    const merge = new ChunkedMerge(client, id, request.loadedBy, await isEmbedded(client), this.sizes);
    const staged = await stageRecords(request.chunks, scope, merge, request.onBytes);
    const counts = merge.counts;
    const rejections = [...staged.rejections, ...merge.rejections].sort((a, b) => a.line - b.line);
    await client.query(
      `UPDATE evidence.observation_import SET rows_read = $2, inserted = $3, superseded = $4, unchanged = $5, rejected = $6, rejections = $7 WHERE id = $1`,
      [
        id,
        staged.rowsRead,
        counts.inserted,
        counts.superseded,
        counts.unchanged,
        rejections.length,
        JSON.stringify(rejections.slice(0, STORED_REJECTIONS)),
      ],
    );
    return {
      id,
      origin: request.origin,
      loadedBy: request.loadedBy,
      rowsRead: staged.rowsRead,
      ...counts,
      rejected: rejections.length,
      rejections,
    };
  }
}

async function importScope(client: PoolClient, callerAreas: ReadonlySet<string> | null): Promise<ImportScope> {
  const indicators = await client.query<{ code: string; owner_area_code: string | null; title: string | null }>(
    `SELECT code, owner_area_code, title FROM evidence.indicator`,
  );
  const areas = await client.query<{ code: string }>(`SELECT code FROM evidence.area`);
  return {
    indicators: new Map(
      indicators.rows.map((i) => [i.code, { ownerArea: i.owner_area_code, unit: unitClassOf(i.title) }]),
    ),
    areas: new Set(areas.rows.map((a) => a.code)),
    callerAreas,
  };
}

/** PGlite answers version() with its own name; COPY FROM STDIN over its socket is not safe. */
async function isEmbedded(client: PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ version: string }>('SELECT version()');
  return rows[0].version.includes('PGlite');
}
