import { nationalEvidenceCsv } from '@laa/demo-data';
import { readAreas, readIndicators } from '@laa/reference-data';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Writes the synthetic national evidence (every area, every live indicator, 2004/05 to 2007/08, with
 * every kind of trend, revised releases and a few rival figures) as the CSV an analyst would load:
 * `npm run generate-evidence -- --out tmp/national-evidence.csv`, then `npm run import-evidence`.
 * The demo seed loads the same lines through the same import.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'tmp/national-evidence.csv' } } });
  const path = resolve(values.out);
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let rows = -1;
  for (const line of nationalEvidenceCsv(
    readAreas().map((a) => a.code),
    readIndicators(),
  )) {
    rows++;
    if (!out.write(`${line}\n`)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  console.log(`${rows} synthetic observations (generated demo data, not published statistics) written to ${path}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
