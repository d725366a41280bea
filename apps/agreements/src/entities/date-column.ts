import { ValueTransformer } from 'typeorm';

/** Calendar dates travel as 'YYYY-MM-DD' text: the pg driver gives strings, PGlite gives Date objects. */
export const calendarDate: ValueTransformer = {
  from: (value: string | Date | null) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  to: (value: string | null | undefined) => value,
};

/** Whole days from one calendar date to another (negative if `to` is earlier). */
export function daysBetween(from: string | Date, to: string | Date): number {
  const day = (value: string | Date) => Math.floor(new Date(value).getTime() / 86_400_000);
  return day(to) - day(from);
}

export const today = (): string => new Date().toISOString().slice(0, 10);
