/** What the harness itself did, so the checks can tell a lost update or a half import from what it expects. */
export class Ledger {
  /** The last successful levels edit of each target: the version it produced and the levels it set. */
  readonly edits = new Map<string, { region: string; version: number; levels: number[] }>();
  /** Races of a Minister's signature against a levels edit on the same agreement. */
  readonly races: { agreementId: string; signed: boolean; edited: boolean; signatureRefusal: string | null }[] = [];
  /** One approved refresh each, and how many of the editors racing on it got their change in. */
  readonly refreshes: { agreementId: string; editsLanded: number; otherLevelsLanded: boolean }[] = [];
  /** Every upload the harness sent: its source (unique), rows, and what the gateway answered. */
  readonly imports: {
    region: string;
    source: string;
    rows: number;
    outcome: 'imported' | 'refused' | 'cut';
    reportedInserted: number;
  }[] = [];

  recordEdit(region: string, targetId: string, version: number, levels: number[]): void {
    const known = this.edits.get(targetId);
    if (!known || known.version < version) this.edits.set(targetId, { region, version, levels });
  }
}
