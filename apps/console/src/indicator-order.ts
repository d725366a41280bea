/**
 * The order the console lists indicators in, wherever it lists them: national indicators by number (NI1, NI2 ...
 * NI10 ... NI198), then local ones by code (00CG-ALC1 ...), then anything without a code.
 */
const nationalNumber = (code: string): number | null => {
  const match = /^NI\s*(\d+)$/i.exec(code.trim());
  return match ? Number(match[1]) : null;
};

export function compareIndicatorCodes(a: string, b: string): number {
  if (!a || !b) return Number(!a) - Number(!b);
  const [na, nb] = [nationalNumber(a), nationalNumber(b)];
  if (na !== null && nb !== null) return na - nb;
  if (na !== null || nb !== null) return na !== null ? -1 : 1;
  return a.localeCompare(b, 'en', { numeric: true });
}

/** A copy of the items in indicator order, by the code each carries (none sorts last; the order is otherwise kept). */
export function sortByIndicator<T>(items: readonly T[], codeOf: (item: T) => string | null | undefined): T[] {
  return [...items].sort((a, b) => compareIndicatorCodes(codeOf(a) ?? '', codeOf(b) ?? ''));
}
