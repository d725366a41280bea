import 'reflect-metadata';
import { issueToken, Role } from '@laa/identity';
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { UploadAnswer } from '../evidence-import/upload';
import { startBenchRegion } from './bench-region';
import { BENCH_REGION } from './config';
import { writeBenchObservations } from './observations-fixture';

// Import of BENCH_ROWS observations (default 1,000,000) through the platform's import (the CSV streamed, from a
// process of its own as the command-line import does, through the gateway to the evidence subgraph: checked row by
// row, loaded by COPY in chunks, similar areas recomputed), against psql's \copy of the same file into an
// equivalent table (same columns, defaults and indexes) in the same database, in the same run.

const run = promisify(execFile);
const COPY_COLUMNS =
  'indicator_code, area_code, period, value, numerator, denominator, ci_lower, ci_upper, source, published_on, provisional, synthetic';

async function main(): Promise<void> {
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  const file = join(__dirname, '..', '..', 'tmp', 'bench', `observations-${rows}.csv`);
  const written = await writeBenchObservations(file, rows);
  const bench = await startBenchRegion(BENCH_REGION, { forceEmbedded: false, seedDemo: false });
  try {
    if (bench.databaseKind !== 'server')
      throw new Error('The psql \\copy comparison needs a PostgreSQL server (TEST_DATABASE_URL or 127.0.0.1:5432)');
    const loader = {
      id: 'bench-goanalyst',
      name: 'Benchmark GO analyst',
      grants: [{ role: Role.GO_ANALYST, region: BENCH_REGION }],
    };
    const psqlSeconds = await timed(() =>
      psqlCopy(bench.databaseConnection.url, file, `${loader.name} (${loader.id})`),
    );
    const token = await issueToken(bench.authSecret, loader);
    const { seconds: importSeconds, answer: report } = await uploadInItsOwnProcess(
      file,
      bench.region.gatewayUrl,
      token,
    );
    if ('error' in report) throw new Error(`The import failed: ${report.error.message}`);
    const { seconds: againSeconds, answer: again } = await uploadInItsOwnProcess(file, bench.region.gatewayUrl, token);
    const loaded = report.report.inserted;
    const unchanged = 'report' in again ? again.report.unchanged : 0;
    console.log(
      [
        `Observation import benchmark: npm run bench:evidence-import (BENCH_ROWS=${rows})`,
        `  machine   ${availableParallelism()} cores, Node ${process.version}, ${process.platform}/${process.arch}`,
        `  database  ${bench.region.database} (fresh, dropped at the end)`,
        `  file      ${file}: ${written} rows, ${fileMegabytes(file).toFixed(1)} MB`,
        '',
        `| path                                   |      rows |  seconds |   rows/s |`,
        `|----------------------------------------|-----------|----------|----------|`,
        row('psql \\copy into an equivalent table', written, psqlSeconds),
        row('platform import (through the gateway)', loaded, importSeconds),
        row('same file again (nothing changes)', unchanged, againSeconds),
        '',
        `Platform import / psql \\copy: ${(loaded / importSeconds / (written / psqlSeconds)).toFixed(2)} (aim: at least 0.50)`,
        `Rejected: ${report.report.rejected}; loaded ${loaded} of ${written}; the second import changed nothing: ${'report' in again && again.report.inserted === 0}`,
      ].join('\n'),
    );
  } finally {
    await bench.stop();
  }
}

/**
 * psql's client-side \copy of the same CSV into a table shaped like evidence.observation, whose provenance columns
 * (who loaded it, the import run) default to what the platform writes, so both write the same rows.
 */
async function psqlCopy(databaseUrl: string, file: string, loadedBy: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('CREATE SCHEMA IF NOT EXISTS bench');
    await client.query(
      'CREATE TABLE bench.observation_copy (LIKE evidence.observation INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)',
    );
    await client.query(`ALTER TABLE bench.observation_copy ALTER COLUMN loaded_by SET DEFAULT '${loadedBy.replace(/'/g, "''")}',
      ALTER COLUMN import_id SET DEFAULT '00000000-0000-4000-8000-000000000000'`);
  } finally {
    await client.end();
  }
  await run('psql', [
    databaseUrl,
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `\\copy bench.observation_copy (${COPY_COLUMNS}) FROM '${file}' WITH (FORMAT csv, HEADER true)`,
  ]);
}

/** The upload as the command-line import makes it, from a process of its own (timed there, from request to answer). */
async function uploadInItsOwnProcess(
  file: string,
  gatewayUrl: string,
  token: string,
): Promise<{ seconds: number; answer: UploadAnswer }> {
  const { stdout } = await run(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'upload-process.ts'), file, gatewayUrl, token],
    {
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as { seconds: number; answer: UploadAnswer };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

const row = (path: string, rows: number, seconds: number) =>
  `| ${path.padEnd(38)} | ${String(rows).padStart(9)} | ${seconds.toFixed(2).padStart(8)} | ${Math.round(rows / seconds)
    .toString()
    .padStart(8)} |`;

const fileMegabytes = (file: string) => statSync(file).size / 1_048_576;

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
