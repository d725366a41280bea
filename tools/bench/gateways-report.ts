import { LoadResult } from './load';

/** The four paths, in the order each worker takes them. */
export const PATH_NAMES = ['@apollo/gateway', 'Hive, dedup on', 'Hive, dedup off', 'direct'] as const;
export type PathName = (typeof PATH_NAMES)[number];

export interface PathFigure {
  name: PathName;
  result: LoadResult;
  /** CPU seconds of the path's own process during the run (null for the direct path, which has none). */
  cpuSeconds: number | null;
}

/** One interleaved run of the four paths for one query at one concurrency. */
export interface GatewayRun {
  query: string;
  concurrency: number;
  paths: PathFigure[];
  /** CPU of the subgraphs' process, which serves all four paths. */
  subgraphCpuSeconds: number;
  /** CPU of this process: the load generator for all four, and the direct path's merging. */
  clientCpuSeconds: number;
}

export interface GatewayReport {
  cores: number;
  node: string;
  seconds: number;
  concurrency: number;
  equality: string[];
  runs: GatewayRun[];
  loadAverage: number[];
}

const WIDTHS = [34, 8, 7, 8, 8, 8, 6, 10];

export function formatGatewayReport(report: GatewayReport): string {
  return [
    'Gateways benchmark: npm run bench:gateways',
    `  machine   ${report.cores} cores, Node ${report.node}, ${process.platform}/${process.arch}; PostgreSQL server, fresh test database`,
    `  load      ${report.seconds} s per run; the paths interleaved (each worker takes them in turn), 1 and ${report.concurrency} in flight, loopback`,
    `  loadavg   ${report.loadAverage.map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min) at the end of the run`,
    '',
    "Answers (one request per path as the same caller, JSON text compared with the direct path's):",
    ...report.equality.map((line) => `  ${line}`),
    '',
    "Each worker takes the four paths in turn, so each path gets the same number of turns and req/s is the run's shared",
    "rate: compare latency, and CPU per request (what bounds throughput on a busy machine). CPU ms/req: a gateway process's",
    "CPU over its own requests; the subgraphs' process serves all four paths and this process generates the load for all",
    "four (and merges the direct path's fetches): both are per request of all paths.",
    row(['run and path', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'CPU ms/req']),
    `|${WIDTHS.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...report.runs.flatMap(runRows),
    '',
    'p50 against the direct path; gateway CPU per request against Hive Gateway with dedup on:',
    ...report.runs.map(ratioLine),
    ...report.runs.flatMap((run) =>
      run.paths
        .filter((p) => p.result.firstError)
        .map((p) => `First error, ${run.query}, ${p.name}: ${p.result.firstError}`),
    ),
  ].join('\n');
}

function runRows(run: GatewayRun): string[] {
  const total = run.paths.reduce((sum, p) => sum + p.result.requests, 0);
  return [
    row([`${run.query}, ${run.concurrency} in flight`, '', '', '', '', '', '', '']),
    ...run.paths.map(({ name, result: r, cpuSeconds }) =>
      row([
        `  ${name}`,
        String(r.requests),
        r.perSecond.toFixed(1),
        r.p50Ms.toFixed(1),
        r.p95Ms.toFixed(1),
        r.p99Ms.toFixed(1),
        String(r.errors),
        cpuSeconds === null ? '-' : perRequest(cpuSeconds, r.requests),
      ]),
    ),
    row(['  subgraphs (all paths)', String(total), '', '', '', '', '', perRequest(run.subgraphCpuSeconds, total)]),
    row(['  load generator (all paths)', String(total), '', '', '', '', '', perRequest(run.clientCpuSeconds, total)]),
  ];
}

function perRequest(seconds: number, requests: number): string {
  return requests ? ((seconds * 1000) / requests).toFixed(2) : '-';
}

function ratioLine(run: GatewayRun): string {
  const by = (name: PathName) => run.paths.find((p) => p.name === name)?.result;
  const direct = by('direct');
  const cells = run.paths
    .filter((p) => p.name !== 'direct')
    .map((p) => `${p.name} ${direct ? (p.result.p50Ms / direct.p50Ms).toFixed(2) : '-'}x`);
  const cpu = (name: PathName) => {
    const path = run.paths.find((p) => p.name === name);
    return path?.cpuSeconds != null && path.result.requests ? path.cpuSeconds / path.result.requests : Number.NaN;
  };
  const hive = cpu('Hive, dedup on');
  const throughput = Number.isNaN(hive)
    ? ''
    : `; @apollo/gateway CPU/req ${(cpu('@apollo/gateway') / hive).toFixed(2)}x Hive's`;
  return `  ${`${run.query}, ${String(run.concurrency).padStart(2)} in flight`.padEnd(48)} p50/direct: ${cells.join(', ')}${throughput}`;
}

function row(cells: string[]): string {
  return `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[i]) : cell.padStart(WIDTHS[i]))).join(' | ')} |`;
}
