import { SoakReport } from './soak';

const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');

function races({ ledger }: SoakReport): string {
  const signed = ledger.races.filter((r) => r.signed && !r.edited).length;
  const edited = ledger.races.filter((r) => r.edited && !r.signed).length;
  const refusals = ledger.races
    .filter((r) => !r.signed)
    .map((r) => r.signatureRefusal)
    .join(', ');
  return `${ledger.races.length} run: the signature won ${signed}, the edit won ${edited}${refusals ? ` (signatures refused: ${refusals})` : ''}`;
}

/** The run as a table: what was asked, how it was answered, which faults were injected, and every check. */
export function soakTable(report: SoakReport): string {
  const { tally, checks } = report;
  const refusals =
    [...tally.refusals]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ') || 'none';
  const lines = [
    `Soak: ${report.options.regions.join(', ')} on ${report.options.databaseUrl ? 'a PostgreSQL server' : 'the embedded store'}, ${report.options.operations} operations and ${report.options.concurrency} clients a region, ${report.seconds.toFixed(0)} s`,
    `load average (1 min): ${report.loadAverage.start.toFixed(1)} at the start, ${report.loadAverage.end.toFixed(1)} at the end`,
    '',
    row(
      ['requests', 'answered ok', 'refused (by code)', '5xx', 'INTERNAL', 'no answer', 'cut by a fault', 'p50 ms'],
      [9, 12, 18, 4, 9, 10, 15, 6],
    ),
    row(
      [
        tally.requests,
        tally.ok,
        tally.refused,
        tally.serverErrors,
        tally.internalErrors,
        tally.unansweredOutsideFaults,
        tally.unansweredDuringFaults,
        tally.p50().toFixed(0),
      ],
      [9, 12, 18, 4, 9, 10, 15, 6],
    ),
    `refusals: ${refusals}`,
    ...tally.problems.map((p) => `problem: ${p}`),
    ...report.platformErrors.map((line) => `platform said: ${line}`),
    `sign/edit races: ${races(report)}`,
    '',
    ...report.faults.map((f) => `fault: ${f}`),
    '',
    row(['check', 'checked', 'violations'], [58, 8, 10]),
    ...checks.map((c) => row([c.name, c.checked, c.violations.length], [58, 8, 10])),
    ...checks.flatMap((c) => c.violations.slice(0, 5).map((v) => `  ${c.name}: ${v}`)),
  ];
  return lines.join('\n');
}

/** True when nothing went wrong: no 5xx, no internal error, every request answered, every check clean. */
export const soakPassed = (report: SoakReport) =>
  report.tally.serverErrors === 0 &&
  report.tally.internalErrors === 0 &&
  report.tally.unansweredOutsideFaults === 0 &&
  report.checks.every((c) => c.violations.length === 0);
