import { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ObservationRow } from './observation-row';

const COLUMNS = [
  'line',
  'indicator_code',
  'area_code',
  'period',
  'value',
  'numerator',
  'denominator',
  'ci_lower',
  'ci_upper',
  'source',
  'published_on',
  'provisional',
  'synthetic',
] as const;
const TYPES = [
  'int',
  'text',
  'text',
  'text',
  'float8',
  'float8',
  'float8',
  'float8',
  'float8',
  'text',
  'date',
  'bool',
  'bool',
];

/** One chunk of an import's rows before they are merged; dropped with the transaction. */
export async function createStaging(client: PoolClient): Promise<void> {
  const columns = COLUMNS.map((c, i) => `${c} ${TYPES[i]}`).join(', ');
  await client.query(
    `CREATE TEMP TABLE observation_staging (${columns}, outcome text, older boolean NOT NULL DEFAULT false) ON COMMIT DROP`,
  );
}

export const clearStaging = (client: PoolClient) => client.query('TRUNCATE observation_staging');

const values = (row: ObservationRow) => [
  row.line,
  row.indicatorCode,
  row.areaCode,
  row.period,
  row.value,
  row.numerator,
  row.denominator,
  row.confidenceLower,
  row.confidenceUpper,
  row.source,
  row.publishedOn,
  row.provisional,
  row.synthetic,
];

/** Stages a chunk: COPY on a server; batched INSERTs on the embedded database (COPY breaks its socket). */
export async function stageChunk(client: PoolClient, rows: ObservationRow[], embedded: boolean): Promise<void> {
  if (embedded) {
    for (let i = 0; i < rows.length; i += 5000) await insertBatch(client, rows.slice(i, i + 5000));
    return;
  }
  let text = '';
  for (const row of rows) text += `${row.line}\t${copyLine(row)}\n`;
  await pipeline(
    Readable.from([text]),
    client.query(copyFrom(`COPY observation_staging (${COLUMNS.join(', ')}) FROM STDIN`)),
  );
}

const OBSERVATION_COLUMNS = [...COLUMNS.slice(1).map((c) => c), 'import_id', 'loaded_by'];

/**
 * Loads a chunk straight into evidence.observation, one write instead of two, where the merge has nothing to
 * decide (no other import holds its figures, no figure twice): COPY on a server, batched INSERTs embedded.
 */
export async function loadChunk(
  client: PoolClient,
  rows: ObservationRow[],
  importId: string,
  loadedBy: string,
  embedded: boolean,
): Promise<void> {
  if (embedded) {
    for (let i = 0; i < rows.length; i += 5000)
      await insertBatch(client, rows.slice(i, i + 5000), { importId, loadedBy });
    return;
  }
  const tail = `\t${copyText(importId)}\t${copyText(loadedBy)}\n`;
  let text = '';
  for (const row of rows) text += copyLine(row) + tail;
  await pipeline(
    Readable.from([text]),
    client.query(copyFrom(`COPY evidence.observation (${OBSERVATION_COLUMNS.join(', ')}) FROM STDIN`)),
  );
}

/** A row's fields in COPY's text format, for evidence.observation (the staging table's `line` first is not one). */
function copyLine(row: ObservationRow): string {
  return `${copyText(row.indicatorCode)}\t${copyText(row.areaCode)}\t${copyText(row.period)}\t${row.value}\t${copyNumber(row.numerator)}\t${copyNumber(row.denominator)}\t${copyNumber(row.confidenceLower)}\t${copyNumber(row.confidenceUpper)}\t${copyText(row.source)}\t${row.publishedOn}\t${row.provisional}\t${row.synthetic}`;
}

const copyNumber = (value: number | null): string => (value === null ? '\\N' : String(value));

/** Characters COPY's text format escapes; a checked row's text rarely holds one, so most values go as they are. */
const COPY_SPECIAL = /[\\\t\n\r]/;

/** COPY's text format: \N for null, backslash escapes for the separators. */
function copyText(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  if (!COPY_SPECIAL.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** One INSERT of many rows from arrays: into the staging table, or (with its import) straight into the observations. */
async function insertBatch(
  client: PoolClient,
  rows: ObservationRow[],
  into?: { importId: string; loadedBy: string },
): Promise<void> {
  if (rows.length === 0) return;
  const table = rows.map(values);
  const columns = COLUMNS.map((_, i) => table.map((row) => row[i]));
  const unnest = TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  if (!into) {
    await client.query(
      `INSERT INTO observation_staging (${COLUMNS.join(', ')}) SELECT * FROM unnest(${unnest})`,
      columns,
    );
    return;
  }
  const n = TYPES.length;
  await client.query(
    `INSERT INTO evidence.observation (${OBSERVATION_COLUMNS.join(', ')}) SELECT ${COLUMNS.slice(1).join(', ')}, $${n + 1}::uuid, $${n + 2} FROM unnest(${unnest}) AS r (${COLUMNS.join(', ')})`,
    [...columns, into.importId, into.loadedBy],
  );
}
