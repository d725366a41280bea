/** Every request's outcome, counted: what the table prints and what the checks read. */
export class Tally {
  requests = 0;
  ok = 0;
  refused = 0;
  refusals = new Map<string, number>();
  serverErrors = 0;
  internalErrors = 0;
  unansweredOutsideFaults = 0;
  unansweredDuringFaults = 0;
  latencies: number[] = [];
  /** The first few distinct problems, with the message the platform gave. */
  problems: string[] = [];
  /** True while a fault is being injected: a refused connection then is the fault, not a defect. */
  faultWindow = false;

  answered(status: number, codes: string[], ms: number, message = ''): void {
    this.requests++;
    this.latencies.push(ms);
    if (status >= 500) this.problem(`HTTP ${status} ${codes.join(',')}: ${message}`, () => this.serverErrors++);
    if (codes.includes('INTERNAL_SERVER_ERROR'))
      this.problem(`INTERNAL_SERVER_ERROR: ${message}`, () => this.internalErrors++);
    if (codes.length === 0) this.ok++;
    else this.refused++;
    for (const code of new Set(codes)) this.refusals.set(code, (this.refusals.get(code) ?? 0) + 1);
  }

  unanswered(error: Error): void {
    this.requests++;
    if (this.faultWindow) this.unansweredDuringFaults++;
    else this.problem(`no answer: ${error.message}`, () => this.unansweredOutsideFaults++);
  }

  private problem(what: string, count: () => void): void {
    count();
    const text = what.slice(0, 200);
    if (this.problems.length < 5 && !this.problems.includes(text)) this.problems.push(text);
  }

  p50(): number {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.floor(sorted.length / 2)] : Number.NaN;
  }
}
