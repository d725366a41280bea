import { ValueTransformer } from 'typeorm';

/** Calendar dates travel as 'YYYY-MM-DD' text: the pg driver gives strings, PGlite gives Date objects. */
export const calendarDate: ValueTransformer = {
  from: (value: string | Date | null) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  to: (value: string | null | undefined) => value,
};

export const today = (): string => new Date().toISOString().slice(0, 10);
