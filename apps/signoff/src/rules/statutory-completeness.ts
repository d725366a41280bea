/** A target as far as the statutory set's completeness goes. */
interface HeldTarget {
  kind: string;
  indicator: { code: string };
  levels: (number | null)[];
}

export interface StatutoryCompleteness {
  /** The statutory indicators in force that the agreement has no statutory target for. */
  missing: string[];
  /** Statutory targets held without a level for each of the three years. */
  withoutLevels: string[];
}

/** Every agreement holds the statutory set in force: each indicator a statutory target with three levels. */
export function statutoryCompleteness(
  inForce: readonly string[],
  targets: readonly HeldTarget[],
): StatutoryCompleteness {
  const statutory = targets.filter((t) => t.kind === 'STATUTORY_DCSF');
  const held = new Set(statutory.map((t) => t.indicator.code));
  return {
    missing: inForce.filter((code) => !held.has(code)),
    withoutLevels: statutory
      .filter((t) => t.levels.length < 3 || t.levels.some((level) => level === null))
      .map((t) => t.indicator.code),
  };
}
