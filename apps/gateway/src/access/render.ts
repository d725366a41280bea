import { MATRIX_CALLERS } from './callers';
import { ACCESS_MATRIX } from './matrix';

export const MATRIX_START = '<!-- access-matrix:start -->';
export const MATRIX_END = '<!-- access-matrix:end -->';

/** The operations x callers table of docs/ACCESS.md. */
export function renderAccessMatrix(): string {
  const header = `| operation | ${MATRIX_CALLERS.join(' | ')} | rule |`;
  const divider = `|---|${MATRIX_CALLERS.map(() => ':-:').join('|')}|---|`;
  const rows = ACCESS_MATRIX.map(
    (entry) =>
      `| \`${entry.operation}\` | ${MATRIX_CALLERS.map((c) => (entry.allowed.has(c) ? '✓' : '✗')).join(' | ')} | ${entry.rule} |`,
  );
  return [MATRIX_START, header, divider, ...rows, MATRIX_END].join('\n');
}

/** Replaces the generated table inside a document, keeping the prose around it. */
export function withAccessMatrix(document: string): string {
  const start = document.indexOf(MATRIX_START);
  const end = document.indexOf(MATRIX_END);
  if (start < 0 || end < 0) throw new Error('docs/ACCESS.md lost its access-matrix markers');
  return document.slice(0, start) + renderAccessMatrix() + document.slice(end + MATRIX_END.length);
}
