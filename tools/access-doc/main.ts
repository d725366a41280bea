import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withAccessMatrix } from '@laa/gateway/access-matrix';

/** Rewrites the generated operations x callers table in docs/ACCESS.md. */
const path = join(__dirname, '..', '..', 'docs', 'ACCESS.md');
writeFileSync(path, withAccessMatrix(readFileSync(path, 'utf8')));
console.log(`wrote ${path}`);
