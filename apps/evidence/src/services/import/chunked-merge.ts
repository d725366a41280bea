import { PoolClient } from 'pg';
import { MergeCounts, mergeStagedRows, mergeRejections, pairOf, pairsLoadedBefore } from './merge';
import { ObservationRow, Rejection } from './observation-row';
import { clearStaging, loadChunk, stageChunk } from './staging';

/** Where checked rows go, chunk by chunk. */
export interface StagingSink {
  /** Rows that passed every check needing no database; `repeats` of them are a further release of a figure seen before. */
  write(rows: ObservationRow[], repeats: number): Promise<void>;
  end(): Promise<void>;
  /** Lets a failed import's last chunk settle so the transaction can roll back. */
  abort(): Promise<void>;
}

export interface ChunkSizes {
  /** Rows a chunk: large enough that a chunk's fixed statements cost little, small enough to overlap well. */
  chunkRows: number;
  /** Staged rows merged at once: one join against what is loaded costs about the same for 50,000 rows as for a million. */
  mergeRows: number;
}

export const CHUNK_SIZES: ChunkSizes = { chunkRows: 50_000, mergeRows: 1_000_000 };

/**
 * Loads an import a chunk at a time, in its transaction, while the next chunk is being read and checked, so
 * the database writes one chunk as Node parses the next and the two cores work at once. A chunk with nothing
 * to decide goes straight into the observations; the others are staged and merged together, at the end or
 * every `mergeRows` rows.
 */
export class ChunkedMerge implements StagingSink {
  readonly counts: MergeCounts = { inserted: 0, superseded: 0, unchanged: 0 };
  readonly rejections: Rejection[] = [];
  private pending: ObservationRow[] = [];
  private repeats = 0;
  private merging: Promise<void> = Promise.resolve();
  /** What other imports hold, read at the first chunk (imports run one at a time, so it stays true). */
  private loadedBefore: Promise<ReadonlySet<string>> | undefined;
  private staged = { rows: 0, repeats: 0, meetsEarlierImports: false };

  constructor(
    private readonly client: PoolClient,
    private readonly importId: string,
    private readonly loadedBy: string,
    private readonly embedded: boolean,
    private readonly sizes = CHUNK_SIZES,
  ) {}

  async write(rows: ObservationRow[], repeats: number): Promise<void> {
    for (const row of rows) this.pending.push(row);
    this.repeats += repeats;
    if (this.pending.length >= this.sizes.chunkRows) await this.startNextChunk();
  }

  async end(): Promise<void> {
    await this.startNextChunk();
    await this.merging;
    await this.mergeStaged();
  }

  async abort(): Promise<void> {
    this.pending = [];
    await this.merging.catch(() => undefined);
  }

  /** Waits for the chunk being merged (its failure surfaces here), then merges the pending one without waiting. */
  private async startNextChunk(): Promise<void> {
    await this.merging;
    const rows = this.pending;
    const repeats = this.repeats;
    this.pending = [];
    this.repeats = 0;
    this.merging = rows.length > 0 ? this.merge(rows, repeats) : Promise.resolve();
    this.merging.catch(() => undefined); // handled when next awaited
  }

  private async merge(rows: ObservationRow[], repeats: number): Promise<void> {
    const loadedBefore = await (this.loadedBefore ??= pairsLoadedBefore(this.client));
    const meetsEarlierImports = rows.some((r) => loadedBefore.has(pairOf(r.indicatorCode, r.areaCode)));
    if (!meetsEarlierImports && repeats === 0) {
      // Nothing to decide: new figures, each once. The common bulk load (a new year, a first load) takes this way.
      await loadChunk(this.client, rows, this.importId, this.loadedBy, this.embedded);
      this.counts.inserted += rows.length;
      return;
    }
    // A later chunk cannot hold a figure of this one unless it counts as a repeat, so merging later is the same.
    await stageChunk(this.client, rows, this.embedded);
    this.staged.rows += rows.length;
    this.staged.repeats += repeats;
    this.staged.meetsEarlierImports ||= meetsEarlierImports;
    if (this.staged.rows >= this.sizes.mergeRows) await this.mergeStaged();
  }

  private async mergeStaged(): Promise<void> {
    const { rows, repeats, meetsEarlierImports } = this.staged;
    if (rows === 0) return;
    this.staged = { rows: 0, repeats: 0, meetsEarlierImports: false };
    await this.client.query('ANALYZE observation_staging');
    const counts = await mergeStagedRows(this.client, this.importId, this.loadedBy, repeats, meetsEarlierImports);
    this.counts.inserted += counts.inserted;
    this.counts.superseded += counts.superseded;
    this.counts.unchanged += counts.unchanged;
    this.rejections.push(...(await mergeRejections(this.client)));
    await clearStaging(this.client);
  }
}
