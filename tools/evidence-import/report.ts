import { writeFileSync } from 'node:fs';
import { ImportReport } from './upload';

const SHOWN = 20;

/** The import's outcome as a person reads it; every rejected row also goes to <file>.rejected.csv. */
export function describeReport(report: ImportReport, file: string): string[] {
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
  const rejectedFile = `${file}.rejected.csv`;
  writeFileSync(rejectedFile, ['line,reason,message', ...report.rejections.map((r) => `${r.line},${r.reason},"${r.message.replace(/"/g, '""')}"`)].join('\n') + '\n');
  lines.push(`Every rejected row, with its line and reason: ${rejectedFile}`);
  return lines;
}
