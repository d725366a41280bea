import { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Writable } from 'node:stream';
import { ObservationRow } from './observation-row';

const COLUMNS = [
  'line', 'indicator_code', 'area_code', 'period', 'value', 'numerator', 'denominator',
  'ci_lower', 'ci_upper', 'source', 'published_on', 'provisional', 'synthetic',
] as const;
const TYPES = ['int', 'text', 'text', 'text', 'float8', 'float8', 'float8', 'float8', 'float8', 'text', 'date', 'bool', 'bool'];

/** The rows of one import before they are merged; dropped with the transaction. */
export async function createStaging(client: PoolClient): Promise<void> {
  const columns = COLUMNS.map((c, i) => `${c} ${TYPES[i]}`).join(', ');
  await client.query(`CREATE TEMP TABLE observation_staging (${columns}, outcome text, older boolean NOT NULL DEFAULT false) ON COMMIT DROP`);
}

/** Where validated rows go: COPY on a server; batched INSERTs on the embedded database (COPY breaks its socket). */
export interface StagingSink {
  write(rows: ObservationRow[]): Promise<void>;
  end(): Promise<void>;
  /** Stops a failed import's stream so the transaction can roll back. */
  abort(error: Error): Promise<void>;
}

const values = (row: ObservationRow) => [
  row.line, row.indicatorCode, row.areaCode, row.period, row.value, row.numerator, row.denominator,
  row.confidenceLower, row.confidenceUpper, row.source, row.publishedOn, row.provisional, row.synthetic,
];

export function copySink(client: PoolClient): StagingSink {
  const stream: Writable = client.query(copyFrom(`COPY observation_staging (${COLUMNS.join(', ')}) FROM STDIN`));
  let failure: Error | null = null;
  const finished = new Promise<void>((resolve) => {
    stream.on('finish', resolve);
    stream.on('error', (error: Error) => {
      failure = error;
      resolve();
    });
  });
  const settled = async () => {
    await finished;
    if (failure) throw failure;
  };
  return {
    async write(rows) {
      if (rows.length === 0) return;
      const text = rows.map((row) => values(row).map(copyText).join('\t')).join('\n') + '\n';
      if (failure) throw failure;
      if (!stream.write(text)) await Promise.race([new Promise((resolve) => stream.once('drain', resolve)), finished]);
    },
    async end() {
      stream.end();
      await settled();
    },
    async abort(error) {
      // Destroying the stream sends CopyFail: the server ends the COPY and the ROLLBACK can follow.
      stream.destroy(error);
      await finished;
    },
  };
}

/** COPY's text format: \N for null, backslash escapes for the separators. */
function copyText(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function insertSink(client: PoolClient, batchSize = 5000): StagingSink {
  let pending: ObservationRow[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    const table = rows.map(values);
    const columns = COLUMNS.map((_, i) => table.map((row) => row[i]));
    const unnest = TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
    await client.query(`INSERT INTO observation_staging (${COLUMNS.join(', ')}) SELECT * FROM unnest(${unnest})`, columns);
  };
  return {
    async write(rows) {
      pending.push(...rows);
      if (pending.length >= batchSize) await flush();
    },
    end: flush,
    async abort() {
      pending = [];
    },
  };
}
