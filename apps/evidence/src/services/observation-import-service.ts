import { ServiceMetrics } from '@laa/telemetry';
import { DataSource } from 'typeorm';
import { deriveDueEvidenceNow } from './derivation';
import { refreshSimilarAreas } from './evidence-service';
import { ImportReport, ImportRequest, ObservationImporter } from './import/observation-importer';

/** Where a failed recompute is told: the subgraph's log. */
export interface ImportLog {
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Imports observations, then recomputes similar areas when the figures changed; counts the rows on the subgraph's metrics. */
export class ObservationImportService {
  private readonly importer: ObservationImporter;
  private derivations: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly metrics?: ServiceMetrics,
  ) {
    this.importer = new ObservationImporter(db);
  }

  /**
   * The report is what the import's transaction committed. The similar areas are recomputed after it, in their own
   * transaction: if that fails the import still stands and says so (similarAreasStale), and the failure is logged;
   * the similar areas stay as the last recompute left them.
   */
  async importCsv(request: ImportRequest & { log?: ImportLog }): Promise<ImportReport> {
    const report = await this.importer.import(request);
    this.metrics?.recordImportRows(report.rowsRead - report.rejected, report.rejected);
    try {
      // No figure inserted or superseded: the similar areas stand (anything marked due is still derived below).
      if (report.inserted === 0 && report.superseded === 0) return report;
      await this.db.transaction((manager) => refreshSimilarAreas(manager));
      return { ...report, similarAreasStale: false };
    } catch (error) {
      request.log?.error('similar areas not recomputed after an import', {
        importId: report.id,
        reason: (error as Error).message,
      });
      return { ...report, similarAreasStale: true };
    } finally {
      this.deriveAfter(request.log, report.id);
    }
  }

  /** Resolves when every derivation started so far has finished (the demo seed waits for it; nothing else needs to). */
  derivationsSettled(): Promise<void> {
    return this.derivations;
  }

  /**
   * Trends and benchmarks of what the import (and a changed set of similar areas) made due, right after it, without
   * holding up its answer: a million rows' derivation takes seconds. Until it commits, and if it fails (logged), the
   * marks stay and reads compute those indicators on the fly (derivedAsOf null). One derivation at a time.
   */
  private deriveAfter(log: ImportLog | undefined, importId: string): void {
    this.derivations = this.derivations
      .then(() => deriveDueEvidenceNow(this.db))
      .then(
        () => undefined,
        (error: Error) =>
          log?.error('trends and benchmarks not derived after an import', { importId, reason: error.message }),
      );
  }
}
