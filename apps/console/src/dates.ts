/** Dates as people in the UK read them, one formatter for the whole console: "2 December 2026". */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Reads the API's ISO date or date-time ("2026-12-02", "2026-12-02T10:15:00Z") as its calendar date, no time zone shift. */
function partsOf(iso: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** "2 December 2026"; text that is not a date stays as it is, so nothing is hidden. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const parts = partsOf(iso);
  if (!parts) return iso;
  const [year, month, day] = parts;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "2 December 2026 at 10:15" for a moment (UTC, as the API records it). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const time = /T(\d{2}):(\d{2})/.exec(iso);
  return time ? `${formatDate(iso)} at ${time[1]}:${time[2]}` : formatDate(iso);
}

/** Every ISO date inside a sentence ("Case conference on 2008-03-14") in words. */
export const datesInWords = (text: string): string =>
  text.replace(/\b(\d{4}-\d{2}-\d{2})(T[\d:.]+Z?)?\b/g, (whole) => formatDate(whole));

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/**
 * The ISO date typed into a GOV.UK date input, null when all three are empty; a part missing or a day that does
 * not exist is refused with a sentence naming the question.
 */
export function isoDateOf(parts: DateParts, question: string): string | null {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day && !month && !year) return null;
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean);
  if (missing.length) throw new Error(`${question} must include a ${missing.join(' and a ')}`);
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real =
    /^\d{4}$/.test(year) &&
    Number.isInteger(d) &&
    Number.isInteger(m) &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d;
  if (!real) throw new Error(`${question} must be a real date`);
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Reads a DateInput's three fields from a form. */
export const dateFromForm = (fields: FormData, name: string, question: string): string | null =>
  isoDateOf(
    {
      day: String(fields.get(`${name}-day`) ?? ''),
      month: String(fields.get(`${name}-month`) ?? ''),
      year: String(fields.get(`${name}-year`) ?? ''),
    },
    question,
  );

/** Today as a date input's parts (defaults for "when did this happen"). */
export function todayParts(now = new Date()): DateParts {
  return { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()) };
}
