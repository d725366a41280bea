import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Operations published for council systems, one per .graphql file; a test keeps them valid. Found from the
 * sources and from the build (dist/out-tsc keeps the same layout: tools/scripts/build-services.sh copies them).
 */
export const SAFELIST_DIR = join(__dirname, '..', '..', '..', 'apps', 'gateway', 'safelist');

export const operationId = (document: string) => createHash('sha256').update(document).digest('hex');

export type Safelist = ReadonlyMap<string, { name: string; document: string }>;

/** The safelisted operations by id (the SHA-256 of the file's text, as Apollo's persisted query hash). */
export function readSafelist(dir = SAFELIST_DIR): Safelist {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  return new Map(
    files.map((file) => {
      const document = readFileSync(join(dir, file), 'utf8');
      return [operationId(document), { name: file.replace(/\.graphql$/, ''), document }];
    }),
  );
}
