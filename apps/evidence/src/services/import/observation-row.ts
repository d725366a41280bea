import { registerEnumType } from 'type-graphql';
import { normaliseIndicatorCode } from '../indicator-code';
import { outOfRange, UnitClass } from '../../rules/figure-bounds';
import { hasControlCharacter, isCalendarDate, MAX_FIELD_CHARACTERS, readDecimal } from '../../rules/csv-values';
import { parsePeriod } from '../periods';
import { CsvRecord, MAX_LINE_CHARACTERS } from './csv-records';

/** Why a row of an import was not loaded. Stable: council systems branch on these. */
export enum RejectionReason {
  MALFORMED_ROW = 'MALFORMED_ROW',
  WRONG_COLUMN_COUNT = 'WRONG_COLUMN_COUNT',
  MISSING_VALUE = 'MISSING_VALUE',
  UNKNOWN_INDICATOR = 'UNKNOWN_INDICATOR',
  UNKNOWN_AREA = 'UNKNOWN_AREA',
  BAD_PERIOD = 'BAD_PERIOD',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  CONTROL_CHARACTER = 'CONTROL_CHARACTER',
  TOO_LONG = 'TOO_LONG',
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
export const OPTIONAL_COLUMNS = [
  'numerator',
  'denominator',
  'ci_lower',
  'ci_upper',
  'provisional',
  'synthetic',
] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** What the importer knows before it reads a row: the indicator set, the areas and the caller's reach. */
export interface ImportScope {
  /** Each indicator's owner (local ones) and the unit class its title supports (rules/figure-bounds). */
  indicators: ReadonlyMap<string, { ownerArea: string | null; unit: UnitClass }>;
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

/** Checks one record against the format and the reference data; the database checks come later. */
export function validateRecord(
  record: CsvRecord,
  columns: ColumnPositions,
  width: number,
  scope: ImportScope,
): ObservationRow | Rejection {
  const shape = shapeProblem(record, width);
  if (shape) return shape;
  const { line, fields } = record;
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
    return reject(
      line,
      RejectionReason.LOCAL_INDICATOR_OF_ANOTHER_AREA,
      `${indicatorCode} is a local indicator of ${indicator.ownerArea}`,
    );
  }
  const period = parsePeriod(field('period'));
  if (!period)
    return reject(
      line,
      RejectionReason.BAD_PERIOD,
      `"${field('period')}" is not a year (2007) or a financial or academic year (2007/08)`,
    );
  const numbers = readNumbers(field, indicator.unit);
  if ('reason' in numbers) return reject(line, numbers.reason, numbers.message);
  const publishedOn = field('published');
  if (!isCalendarDate(publishedOn)) {
    return reject(
      line,
      RejectionReason.BAD_DATE,
      `published "${publishedOn}" is not a calendar date (YYYY-MM-DD) from 1990 to 2100`,
    );
  }
  const provisional = readFlag(field('provisional'));
  const synthetic = readFlag(field('synthetic'));
  if (provisional === null || synthetic === null)
    return reject(line, RejectionReason.BAD_FLAG, 'provisional and synthetic are true or false');
  return {
    line,
    indicatorCode,
    areaCode,
    period: period.label,
    ...numbers,
    source: field('source'),
    publishedOn,
    provisional,
    synthetic,
  };
}

/** What is wrong with the record as text, before any field is read: its splitting, width, length and characters. */
function shapeProblem(record: CsvRecord, width: number): Rejection | null {
  const { line, fields } = record;
  if (record.tooLong)
    return reject(line, RejectionReason.TOO_LONG, `the row is longer than ${MAX_LINE_CHARACTERS} characters`);
  if (record.malformed) return reject(line, RejectionReason.MALFORMED_ROW, record.malformed);
  if (fields.length !== width)
    return reject(line, RejectionReason.WRONG_COLUMN_COUNT, `expected ${width} fields, found ${fields.length}`);
  const long = fields.findIndex((f) => f.length > MAX_FIELD_CHARACTERS);
  if (long >= 0)
    return reject(
      line,
      RejectionReason.TOO_LONG,
      `field ${long + 1} is longer than ${MAX_FIELD_CHARACTERS} characters`,
    );
  const control = fields.findIndex(hasControlCharacter);
  if (control >= 0)
    return reject(
      line,
      RejectionReason.CONTROL_CHARACTER,
      `field ${control + 1} holds a control character (such as NUL or a tab)`,
    );
  return null;
}

type NumberColumn = 'value' | 'numerator' | 'denominator' | 'ci_lower' | 'ci_upper';
type Figures = Pick<ObservationRow, 'value' | 'numerator' | 'denominator' | 'confidenceLower' | 'confidenceUpper'>;

const NUMBER_COLUMNS: readonly NumberColumn[] = ['value', 'numerator', 'denominator', 'ci_lower', 'ci_upper'];
/** The value and its confidence interval are in the indicator's unit; numerator and denominator only within the bound. */
const IN_UNIT: ReadonlySet<NumberColumn> = new Set(['value', 'ci_lower', 'ci_upper']);

function readNumbers(
  field: (c: Column) => string,
  unit: UnitClass,
): { reason: RejectionReason; message: string } | Figures {
  const read: Partial<Record<NumberColumn, number | null>> = {};
  for (const c of NUMBER_COLUMNS) {
    const text = field(c);
    if (text === '') {
      read[c] = null;
      continue;
    }
    const value = readDecimal(text);
    if (value === null) {
      return {
        reason: RejectionReason.NOT_A_NUMBER,
        message: `${c} "${text}" is not a number (write a plain decimal such as 1234.5: no exponent, separators or hex)`,
      };
    }
    const problem = outOfRange(value, IN_UNIT.has(c) ? unit : UnitClass.UNKNOWN);
    if (problem) return { reason: RejectionReason.OUT_OF_RANGE, message: `${c} ${text} ${problem}` };
    read[c] = value;
  }
  return {
    value: read.value as number,
    numerator: read.numerator ?? null,
    denominator: read.denominator ?? null,
    confidenceLower: read.ci_lower ?? null,
    confidenceUpper: read.ci_upper ?? null,
  };
}

function readFlag(text: string): boolean | null {
  const t = text.toLowerCase();
  if (t === '' || t === 'false' || t === 'n' || t === 'no' || t === '0') return false;
  if (t === 'true' || t === 'y' || t === 'yes' || t === '1') return true;
  return null;
}
