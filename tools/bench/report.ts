import { BenchAgreement } from './agreements-fixture';
import { DatabaseKind } from './bench-region';
import { LoadResult } from './load';

export interface StatementFigure {
  areaCode: string;
  areaName: string;
  targetCount: number;
  statements: number;
}

export interface BenchReport {
  region: string;
  databaseKind: DatabaseKind;
  database: string;
  cores: number;
  node: string;
  seconds: number;
  concurrency: number;
  statements: StatementFigure[];
  loads: LoadFigure[];
  /** os.loadavg() at the end of the run: the machine is shared, so figures need their load beside them. */
  loadAverage: number[];
}

/** The two paths interleaved for one agreement at one concurrency. */
export interface LoadFigure {
  agreement: BenchAgreement;
  concurrency: number;
  gateway: LoadResult;
  direct: LoadResult;
}

export const BENCH_COMMAND = 'npm run bench';

const DATABASE_KINDS: Record<DatabaseKind, (database: string) => string> = {
  server: (database) => `PostgreSQL server, fresh test database ${database} (dropped at the end)`,
  embedded: (database) => `embedded PGlite in memory, one query at a time, served at ${database}`,
};

export function formatReport(report: BenchReport): string {
  return [
    `Federated area query benchmark: ${BENCH_COMMAND}`,
    `  region    ${report.region}`,
    `  database  ${DATABASE_KINDS[report.databaseKind](report.database)}`,
    `  machine   ${report.cores} cores, Node ${report.node}, ${process.platform}/${process.arch}`,
    `  load      ${report.seconds} s per run, gateway and direct interleaved (A, B, A, B), 1 and ${report.concurrency} in flight, loopback`,
    `  loadavg   ${report.loadAverage.map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min) at the end of the run`,
    '',
    ...formatStatements(report.statements),
    '',
    ...formatLoad(report),
    '',
    `Caveat: ${report.cores} cores, and the gateway, the four subgraphs, their connection pools and this load`,
    'generator share one Node process (one event loop): compare the two paths, do not read them as capacity.',
  ].join('\n');
}

export function formatStatements(figures: StatementFigure[]): string[] {
  const equal = figures.every((figure) => figure.statements === figures[0].statements);
  return [
    'SQL statements per request (all subgraphs, one request after one warm-up):',
    ...figures.map(
      (f) =>
        `  ${`${f.areaCode} ${f.areaName}`.padEnd(24)} ${String(f.targetCount).padStart(3)} targets  ${String(f.statements).padStart(3)} statements`,
    ),
    equal
      ? '  equal: the statement count does not grow with the targets (batched)'
      : '  NOT EQUAL: a relation is resolved per item',
  ];
}

const COLUMN_WIDTHS = [34, 8, 8, 8, 8, 8, 6];

function formatLoad(report: BenchReport): string[] {
  const figures = (path: string, r: LoadResult) =>
    tableRow([
      path,
      String(r.requests),
      r.perSecond.toFixed(1),
      r.p50Ms.toFixed(1),
      r.p95Ms.toFixed(1),
      r.p99Ms.toFixed(1),
      String(r.errors),
    ]);
  return [
    "Load: each run interleaves the two paths in one window; req/s is each path's share of it",
    tableRow(['path', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors']),
    `|${COLUMN_WIDTHS.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...report.loads.flatMap((load) => {
      const label = `${load.agreement.targetCount} targets, ${load.concurrency} in flight`;
      return [figures(`${label}: gateway`, load.gateway), figures(`${label}: direct`, load.direct)];
    }),
    '',
    'Gateway p50 / direct p50:',
    ...report.loads.map(
      (load) =>
        `  ${`${load.agreement.targetCount} targets, ${String(load.concurrency).padStart(2)} in flight`.padEnd(26)} ${(load.gateway.p50Ms / load.direct.p50Ms).toFixed(2)}x`,
    ),
    ...report.loads.flatMap((load) => [...firstError('gateway', load.gateway), ...firstError('direct', load.direct)]),
  ];
}

/** Text left-aligned in the first column, figures right-aligned in the others. */
function tableRow(cells: string[]): string {
  return `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(COLUMN_WIDTHS[i]) : cell.padStart(COLUMN_WIDTHS[i]))).join(' | ')} |`;
}

function firstError(path: string, result: LoadResult): string[] {
  return result.firstError ? [`First ${path} error: ${result.firstError}`] : [];
}
