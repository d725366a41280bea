import { DataSource } from 'typeorm';
import { refreshSimilarAreas } from './evidence-service';
import { ImportReport, ImportRequest, ObservationImporter } from './import/observation-importer';

/** Imports observations, then recomputes similar areas when the figures changed. */
export class ObservationImportService {
  private readonly importer: ObservationImporter;

  constructor(private readonly db: DataSource) {
    this.importer = new ObservationImporter(db);
  }

  async importCsv(request: ImportRequest): Promise<ImportReport> {
    const report = await this.importer.import(request);
    if (report.inserted > 0) await this.db.transaction((manager) => refreshSimilarAreas(manager));
    return report;
  }
}
