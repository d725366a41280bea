/**
 * How far a reference value can be trusted, carried from shared/data/SOURCES.md into the data and API:
 * a value is shown as unverified wherever it is not SOURCED.
 */
export enum ReferenceStatus {
  /** A public source gives this value. */
  SOURCED = 'SOURCED',
  /** Derived by reasoning from sourced values (e.g. an NI range, a successor's region). */
  INFERRED = 'INFERRED',
  /** Recalled, not sourced: a checklist to verify before use. */
  UNVERIFIED = 'UNVERIFIED',
  /** No value is known. */
  MISSING = 'MISSING',
}
