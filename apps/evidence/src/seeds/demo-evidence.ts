import { nationalEvidenceCsv } from '@laa/demo-data';
import { readAreas, readIndicators } from '@laa/reference-data';
import { DataSource } from 'typeorm';
import { ObservationImportService } from '../services/observation-import-service';

export const DEMO_EVIDENCE_ORIGIN = 'national-evidence-synthetic.csv (generated demo data)';

/**
 * Loads the synthetic national evidence through the same import users run, once per database.
 * Every region gets every area: published national data is replicated so benchmarks need no other region.
 */
export async function seedDemoEvidence(dataSource: DataSource): Promise<{ inserted: number } | null> {
  const done: unknown[] = await dataSource.query(`SELECT 1 FROM evidence.seed_run WHERE name = 'demo-evidence'`);
  if (done.length > 0) return null;
  const lines = nationalEvidenceCsv(
    readAreas().map((a) => a.code),
    readIndicators(),
  );
  const imports = new ObservationImportService(dataSource);
  const report = await imports.importCsv({
    chunks: chunked(lines),
    origin: DEMO_EVIDENCE_ORIGIN,
    loadedBy: 'Platform demo seed',
    callerAreas: null,
  });
  if (report.rejected > 0)
    throw new Error(
      `The demo evidence has ${report.rejected} rejected rows, e.g. ${JSON.stringify(report.rejections[0])}`,
    );
  // The first start answers with the evidence derived, rather than computing it on the fly until then.
  await imports.derivationsSettled();
  // The import is idempotent, so a crash before this marker only means an empty re-import next start.
  await dataSource.query(`INSERT INTO evidence.seed_run (name) VALUES ('demo-evidence') ON CONFLICT DO NOTHING`);
  return { inserted: report.inserted };
}

function* chunked(lines: Iterable<string>, size = 5000): Generator<string> {
  let chunk: string[] = [];
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length === size) {
      yield chunk.join('\n') + '\n';
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('\n') + '\n';
}
