import { csvLine } from '@laa/csv';

/** A table as CSV text, through the platform's one CSV writer (libs/csv): no cell runs as a spreadsheet formula. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return [header, ...rows].map((cells) => csvLine(cells)).join('\r\n') + '\r\n';
}

/** Hands the browser a CSV file to save; nothing leaves the machine. */
export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
