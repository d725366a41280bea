import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reference data ships with the repository (a verbatim copy of shared/data, checked by a test),
 * so a clean clone seeds without anything beside it. REFERENCE_DATA_DIR points elsewhere for a re-import.
 */
export const BUNDLED_REFERENCE_DATA_DIR = join(__dirname, '..', 'data');

export function referenceDataDir(): string {
  return process.env.REFERENCE_DATA_DIR || BUNDLED_REFERENCE_DATA_DIR;
}

export function readReferenceFile(name: string, dir = referenceDataDir()): string {
  return readFileSync(join(dir, name), 'utf8');
}
