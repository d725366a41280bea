/**
 * The one CSV writer of the platform: every CSV it writes (the command-line import's <file>.rejected.csv ...)
 * goes through csvLine, so no cell it writes runs as a spreadsheet formula.
 */

/** A plain decimal number: data, written as it is (a negative figure is not a formula). */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** What a spreadsheet may read as the start of a formula or a command (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: text that starts like a formula is neutralised with a leading single quote, as OWASP advises; numbers
 * (numeric cells, or text that is a plain decimal such as -5) are data and stay as they are. Every text cell is quoted.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One line of cells, without its line break. */
export const csvLine = (cells: readonly (string | number | boolean | null | undefined)[]): string =>
  cells.map(csvCell).join(',');
