export { calendarDate, today } from '@laa/database';

/** Whole days from one calendar date to another (negative if `to` is earlier). */
export function daysBetween(from: string | Date, to: string | Date): number {
  const day = (value: string | Date) => Math.floor(new Date(value).getTime() / 86_400_000);
  return day(to) - day(from);
}
