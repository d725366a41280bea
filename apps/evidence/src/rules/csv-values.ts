/**
 * How the evidence CSV writes numbers, dates and text. Strict on purpose: a council system's export that
 * writes 0x10, 1,200 or 1e3 is refused by line rather than read as something its author did not mean.
 */

/** A plain decimal: optional sign, digits, optional fraction. No exponent, hex, binary, octal, separators, NaN or Infinity. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The number a decimal writes, or null when the text is not a plain decimal (a finite check follows: see figure-bounds). */
export function readDecimal(text: string): number | null {
  return DECIMAL.test(text) ? Number(text) : null;
}

/** Publication dates the evidence base holds: the platform's evidence starts in 1990 (see periods.ts). */
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2100;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD date that exists in the calendar (no 31 February) within EARLIEST_YEAR..LATEST_YEAR. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysIn(year, month);
}

/** Arithmetic rather than a Date: this runs for every row of a national file. */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Control characters (NUL, tab, escape ...): never in a figure's text, and PostgreSQL refuses NUL in text. */
// eslint-disable-next-line no-control-regex -- matching control characters is this rule's purpose
const CONTROL = /[\u0000-\u001f\u007f]/;

export const hasControlCharacter = (text: string): boolean => CONTROL.test(text);

/** The longest field the import reads: a source's name fits well within it, and within PostgreSQL's index rows. */
export const MAX_FIELD_CHARACTERS = 500;
