/** A period of measurement: a calendar year (2007) or a financial or academic year (2007/08). */
export interface Period {
  label: string;
  /** The year the period starts in: the x axis of trends and projections. */
  startYear: number;
}

const YEAR = /^(\d{4})$/;
const SPLIT_YEAR = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/;

export function parsePeriod(text: string): Period | null {
  const year = YEAR.exec(text);
  if (year) return plausible({ label: year[1], startYear: Number(year[1]) });
  const split = SPLIT_YEAR.exec(text);
  if (!split) return null;
  const start = Number(split[1]);
  const end = split[2].length === 2 ? Number(split[2]) : Number(split[2]) % 100;
  if (end !== (start + 1) % 100) return null;
  return plausible({ label: `${start}/${String(end).padStart(2, '0')}`, startYear: start });
}

const plausible = (period: Period) => (period.startYear >= 1990 && period.startYear <= 2030 ? period : null);

/** The agreement's three years, 2008/09 to 2010/11: where trends are projected. */
export const AGREEMENT_YEARS: readonly Period[] = [2008, 2009, 2010].map((startYear) => ({
  label: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`,
  startYear,
}));
