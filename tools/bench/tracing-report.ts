import { BenchConfig } from './config';
import { LoadResult } from './load';
import { ExportedSpans } from './otlp-sink';

/** A load run, and the CPU the region's process (gateway and four subgraphs) spent per request. */
export interface MeasuredLoad extends LoadResult {
  cpuMsPerRequest: number;
}

export interface Round {
  untraced: MeasuredLoad;
  traced: MeasuredLoad;
}

export interface OverheadReport {
  rounds: Round[];
  config: BenchConfig;
  cores: number;
  node: string;
  exported: ExportedSpans;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Medians over the rounds for each side, and the traced side's cost relative to the untraced. */
export function formatOverhead(report: OverheadReport): string {
  const side = (pick: (round: Round) => MeasuredLoad) => {
    const results = report.rounds.map(pick);
    return {
      perSecond: median(results.map((r) => r.perSecond)),
      p50: median(results.map((r) => r.p50Ms)),
      p99: median(results.map((r) => r.p99Ms)),
      cpu: median(results.map((r) => r.cpuMsPerRequest)),
      errors: results.reduce((n, r) => n + r.errors, 0),
      requests: results.reduce((n, r) => n + r.requests, 0),
    };
  };
  const untraced = side((r) => r.untraced);
  const traced = side((r) => r.traced);
  const change = (after: number, before: number) =>
    `${after >= before ? '+' : ''}${(((after - before) / before) * 100).toFixed(1)}%`;
  const row = (name: string, s: ReturnType<typeof side>) =>
    `  ${name.padEnd(9)} ${s.perSecond.toFixed(1).padStart(7)}/s   p50 ${s.p50.toFixed(1).padStart(6)} ms   p99 ${s.p99.toFixed(1).padStart(6)} ms   ${s.cpu.toFixed(1).padStart(5)} CPU ms/request   ${s.requests} requests, ${s.errors} errors`;
  return [
    '',
    'Tracing overhead on the federated area query: npm run bench:tracing',
    `  machine   ${report.cores} cores, Node ${report.node}, ${process.platform}/${process.arch}`,
    `  load      ${report.rounds.length} rounds of A (untraced) then B (traced), ${report.config.seconds} s each, concurrency ${report.config.concurrency}`,
    `  exported  ${report.exported.spans} spans in ${report.exported.requests} OTLP/HTTP requests (${(report.exported.bytes / 1e6).toFixed(1)} MB)`,
    '',
    'Medians over the rounds:',
    row('untraced', untraced),
    row('traced', traced),
    `  traced against untraced: CPU per request ${change(traced.cpu, untraced.cpu)}, throughput ${change(traced.perSecond, untraced.perSecond)}, p50 ${change(traced.p50, untraced.p50)}, p99 ${change(traced.p99, untraced.p99)}`,
  ].join('\n');
}
