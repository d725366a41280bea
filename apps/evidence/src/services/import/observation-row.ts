import { registerEnumType } from 'type-graphql';
import { normaliseIndicatorCode } from '../indicator-code';
import { parsePeriod } from '../periods';
import { CsvRecord } from './csv-records';

/** Why a row of an import was not loaded. Stable: council systems branch on these. */
export enum RejectionReason {
  MALFORMED_ROW = 'MALFORMED_ROW',
  WRONG_COLUMN_COUNT = 'WRONG_COLUMN_COUNT',
  MISSING_VALUE = 'MISSING_VALUE',
  UNKNOWN_INDICATOR = 'UNKNOWN_INDICATOR',
  UNKNOWN_AREA = 'UNKNOWN_AREA',
  BAD_PERIOD = 'BAD_PERIOD',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  BAD_DATE = 'BAD_DATE',
  BAD_FLAG = 'BAD_FLAG',
  DUPLICATE = 'DUPLICATE',
  OUTSIDE_CALLER_AREA = 'OUTSIDE_CALLER_AREA',
  LOCAL_INDICATOR_OF_ANOTHER_AREA = 'LOCAL_INDICATOR_OF_ANOTHER_AREA',
  CONFLICTS_WITH_LOADED_RELEASE = 'CONFLICTS_WITH_LOADED_RELEASE',
  OLDER_THAN_LOADED_RELEASE = 'OLDER_THAN_LOADED_RELEASE',
}
registerEnumType(RejectionReason, { name: 'RejectionReason', description: 'Why an imported row was not loaded.' });

export interface Rejection {
  line: number;
  reason: RejectionReason;
  message: string;
}

/** A row that passed every check that needs no database: ready for the staging table. */
export interface ObservationRow {
  line: number;
  indicatorCode: string;
  areaCode: string;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  confidenceLower: number | null;
  confidenceUpper: number | null;
  source: string;
  publishedOn: string;
  provisional: boolean;
  synthetic: boolean;
}

export const REQUIRED_COLUMNS = ['indicator', 'area', 'period', 'value', 'source', 'published'] as const;
export const OPTIONAL_COLUMNS = ['numerator', 'denominator', 'ci_lower', 'ci_upper', 'provisional', 'synthetic'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** What the importer knows before it reads a row: the indicator set, the areas and the caller's reach. */
export interface ImportScope {
  indicators: ReadonlyMap<string, { ownerArea: string | null }>;
  areas: ReadonlySet<string>;
  /** The areas the caller may load figures for; null for any (GO staff, national analysts). */
  callerAreas: ReadonlySet<string> | null;
}

export type ColumnPositions = Record<Column, number>;

/** Maps the header to column positions; a missing required column refuses the whole file. */
export function readHeader(fields: string[]): ColumnPositions | { missing: string[] } {
  const names = fields.map((f) => f.trim().toLowerCase());
  const position = (name: string) => names.indexOf(name);
  const missing = REQUIRED_COLUMNS.filter((c) => position(c) < 0);
  if (missing.length > 0) return { missing };
  return Object.fromEntries([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((c) => [c, position(c)])) as ColumnPositions;
}

const reject = (line: number, reason: RejectionReason, message: string): Rejection => ({ line, reason, message });
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one record against the format and the reference data; the database checks come later. */
export function validateRecord(record: CsvRecord, columns: ColumnPositions, width: number, scope: ImportScope): ObservationRow | Rejection {
  const { line, fields } = record;
  if (record.malformed) return reject(line, RejectionReason.MALFORMED_ROW, record.malformed);
  if (fields.length !== width) return reject(line, RejectionReason.WRONG_COLUMN_COUNT, `expected ${width} fields, found ${fields.length}`);
  const field = (c: Column) => (columns[c] < 0 ? '' : fields[columns[c]].trim());
  for (const c of REQUIRED_COLUMNS) {
    if (field(c) === '') return reject(line, RejectionReason.MISSING_VALUE, `${c} is empty`);
  }
  const indicatorCode = normaliseIndicatorCode(field('indicator'));
  const indicator = scope.indicators.get(indicatorCode);
  if (!indicator) return reject(line, RejectionReason.UNKNOWN_INDICATOR, `no indicator ${field('indicator')}`);
  const areaCode = field('area').toUpperCase();
  if (!scope.areas.has(areaCode)) return reject(line, RejectionReason.UNKNOWN_AREA, `no area ${field('area')}`);
  if (scope.callerAreas && !scope.callerAreas.has(areaCode)) {
    return reject(line, RejectionReason.OUTSIDE_CALLER_AREA, `your credentials do not cover area ${areaCode}`);
  }
  if (indicator.ownerArea && indicator.ownerArea !== areaCode) {
    return reject(line, RejectionReason.LOCAL_INDICATOR_OF_ANOTHER_AREA, `${indicatorCode} is a local indicator of ${indicator.ownerArea}`);
  }
  const period = parsePeriod(field('period'));
  if (!period) return reject(line, RejectionReason.BAD_PERIOD, `"${field('period')}" is not a year (2007) or a financial or academic year (2007/08)`);
  const numbers = readNumbers(field);
  if ('bad' in numbers) return reject(line, RejectionReason.NOT_A_NUMBER, `${numbers.bad} "${field(numbers.bad)}" is not a number`);
  const publishedOn = field('published');
  if (!DATE.test(publishedOn) || Number.isNaN(Date.parse(publishedOn))) {
    return reject(line, RejectionReason.BAD_DATE, `published "${publishedOn}" is not a date (YYYY-MM-DD)`);
  }
  const provisional = readFlag(field('provisional'));
  const synthetic = readFlag(field('synthetic'));
  if (provisional === null || synthetic === null) return reject(line, RejectionReason.BAD_FLAG, 'provisional and synthetic are true or false');
  return { line, indicatorCode, areaCode, period: period.label, ...numbers, source: field('source'), publishedOn, provisional, synthetic };
}

type NumberColumn = 'value' | 'numerator' | 'denominator' | 'ci_lower' | 'ci_upper';
type Figures = Pick<ObservationRow, 'value' | 'numerator' | 'denominator' | 'confidenceLower' | 'confidenceUpper'>;

function readNumbers(field: (c: Column) => string): { bad: NumberColumn } | Figures {
  const read = (c: NumberColumn): number | null | undefined => {
    const text = field(c);
    if (text === '') return null;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
  };
  const values = { value: read('value'), numerator: read('numerator'), denominator: read('denominator'), ci_lower: read('ci_lower'), ci_upper: read('ci_upper') };
  const bad = (Object.keys(values) as NumberColumn[]).find((c) => values[c] === undefined);
  if (bad) return { bad } as const;
  return {
    value: values.value as number,
    numerator: values.numerator ?? null,
    denominator: values.denominator ?? null,
    confidenceLower: values.ci_lower ?? null,
    confidenceUpper: values.ci_upper ?? null,
  };
}

function readFlag(text: string): boolean | null {
  const t = text.toLowerCase();
  if (t === '' || t === 'false' || t === 'n' || t === 'no' || t === '0') return false;
  if (t === 'true' || t === 'y' || t === 'yes' || t === '1') return true;
  return null;
}
