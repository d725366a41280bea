/**
 * A label value from a bounded set, so a caller cannot grow the metrics without limit: the first `limit`
 * distinct well-formed values are kept, later or odd ones count as `other`, a missing one as `anonymous`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly limit: number,
    private readonly shape: RegExp,
  ) {}

  of(value: string | null | undefined): string {
    if (!value) return 'anonymous';
    if (this.seen.has(value)) return value;
    if (!this.shape.test(value) || this.seen.size >= this.limit) return 'other';
    this.seen.add(value);
    return value;
  }
}

/** GraphQL operation names (the gateway's own subgraph operations are `Name__subgraph__n`). */
export const operationLabel = () => new BoundedLabel(200, /^[A-Za-z_][A-Za-z0-9_]{0,99}$/);
/** `extensions.code` values: the platform's codes and Apollo's are upper snake case. */
export const errorCodeLabel = () => new BoundedLabel(60, /^[A-Z][A-Z0-9_]{0,63}$/);
