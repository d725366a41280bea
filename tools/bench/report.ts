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
    `  load      ${report.seconds} s per path, concurrency ${report.concurrency}, loopback (127.0.0.1)`,
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
      (f) => `  ${`${f.areaCode} ${f.areaName}`.padEnd(24)} ${String(f.targetCount).padStart(3)} targets  ${String(f.statements).padStart(3)} statements`,
    ),
    equal ? '  equal: the statement count does not grow with the targets (batched)' : '  NOT EQUAL: a relation is resolved per item',
  ];
}

const COLUMN_WIDTHS = [22, 8, 8, 8, 8, 6];

function formatLoad(report: BenchReport): string[] {
  const loaded = report.statements[report.statements.length - 1];
  const figures = (path: string, result: LoadResult) =>
    tableRow([path, String(result.requests), result.perSecond.toFixed(1), result.p50Ms.toFixed(1), result.p99Ms.toFixed(1), String(result.errors)]);
  return [
    `Load: area ${loaded.areaCode} ${loaded.areaName} (${loaded.targetCount} targets)`,
    tableRow(['path', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors']),
    `|${COLUMN_WIDTHS.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    figures('through the gateway', report.gateway),
    figures('subgraphs directly', report.direct),
    '',
    `Gateway overhead at p50: ${(report.gateway.p50Ms - report.direct.p50Ms).toFixed(1)} ms`,
    ...(report.concurrency > 1
      ? [`  (with ${report.concurrency} in flight on one event loop this is mostly queueing; BENCH_CONCURRENCY=1 gives unloaded latency)`]
      : []),
    ...firstError('gateway', report.gateway),
    ...firstError('direct', report.direct),
  ];
}

/** Text left-aligned in the first column, figures right-aligned in the others. */
function tableRow(cells: string[]): string {
  return `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(COLUMN_WIDTHS[i]) : cell.padStart(COLUMN_WIDTHS[i]))).join(' | ')} |`;
}

function firstError(path: string, result: LoadResult): string[] {
  return result.firstError ? [`First ${path} error: ${result.firstError}`] : [];
}
