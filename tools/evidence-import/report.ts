import { csvLine } from '@laa/csv';
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ImportReport } from './upload';

const SHOWN = 20;

/** The import's outcome as a person reads it (every rejected row goes to <file>.rejected.csv: writeRejectedRows). */
export function describeReport(report: ImportReport): string[] {
  const lines = [
    `Imported ${report.origin} as ${report.loadedBy} (import ${report.id})`,
    `  rows read   ${report.rowsRead}`,
    `  loaded      ${report.inserted} new releases`,
    `  superseded  ${report.superseded} earlier releases (kept as history)`,
    `  unchanged   ${report.unchanged} rows already loaded with the same figures`,
    `  rejected    ${report.rejected} rows`,
  ];
  if (report.rejected === 0) return lines;
  const byReason = new Map<string, number>();
  for (const r of report.rejections) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  lines.push(...[...byReason].map(([reason, count]) => `    ${reason.padEnd(34)} ${count}`));
  lines.push(...report.rejections.slice(0, SHOWN).map((r) => `  line ${r.line}: ${r.reason}: ${r.message}`));
  if (report.rejections.length > SHOWN) lines.push(`  ... and ${report.rejections.length - SHOWN} more`);
  return lines;
}

/**
 * Writes every rejected row to <file>.rejected.csv with its line, reason, message and the row as it stood in the
 * file, so the rows can be corrected and imported again (the good ones will not load twice). Cells that would run as a
 * spreadsheet formula are neutralised (libs/csv). Returns its path.
 */
export async function writeRejectedRows(report: ImportReport, file: string): Promise<string> {
  const wanted = new Map(report.rejections.map((r) => [r.line, r]));
  const rows = new Map<number, string>();
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++;
    if (wanted.has(line)) rows.set(line, text);
  }
  const path = `${file}.rejected.csv`;
  const body = report.rejections.map((r) => csvLine([r.line, r.reason, r.message, rows.get(r.line) ?? '']));
  writeFileSync(path, ['line,reason,message,row', ...body].join('\n') + '\n');
  return path;
}

/**
 * Why an upload brought back no report, as a person reads it: whether anything was loaded, and what to do. Only a
 * refusal (a 4xx other than a timeout) is known to have loaded nothing; after a server error, a timeout or no answer at
 * all the rows may have been committed, so the tool never claims "Nothing was imported" then.
 */
export function describeFailure(error: { message: string; extensions?: { code?: string } }, status: number): string {
  const code = error.extensions?.code ?? `HTTP ${status}`;
  const refused = status >= 400 && status < 500 && status !== 408 && code !== 'INTERNAL_SERVER_ERROR';
  if (!refused) return `No report came back: ${error.message} (${code})`;
  return `Nothing was imported: ${error.message} (${code})`;
}
