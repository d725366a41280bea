import { readAreas, readIndicators } from '@laa/reference-data';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export const BENCH_SOURCES = ['Office for National Statistics (bench)', 'Partner data (bench)'];
/** Financial years 1990/91 to 2007/08: with 150 areas, the live indicators and two sources, about 1.07 million rows. */
const PERIODS = Array.from({ length: 18 }, (_, i) => `${1990 + i}/${String((91 + i) % 100).padStart(2, '0')}`);

/**
 * Writes `rows` deterministic, valid observations as the import's CSV: every row loads (two sources
 * that agree, so no rival data), which makes the psql \copy of the same file a fair floor.
 */
export async function writeBenchObservations(path: string, rows: number): Promise<number> {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const write = async (line: string) => {
    if (!out.write(line)) await new Promise<void>((done) => out.once('drain', () => done()));
  };
  await write(
    'indicator,area,period,value,numerator,denominator,ci_lower,ci_upper,source,published,provisional,synthetic\n',
  );
  const areas = readAreas().map((a) => a.code);
  const indicators = readIndicators()
    .filter((i) => !i.withdrawn)
    .map((i) => i.code);
  let written = 0;
  for (const source of BENCH_SOURCES) {
    for (const [p, period] of PERIODS.entries()) {
      for (const [i, indicator] of indicators.entries()) {
        const batch = areas.slice(0, rows - written).map((area, a) => {
          const value = ((i * 7 + a * 13 + p * 3) % 900) / 10 + 5;
          return `${indicator},${area},${period},${value},,,,,"${source}",${1991 + p}-10-01,false,true\n`;
        });
        written += batch.length;
        await write(batch.join(''));
      }
    }
  }
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  return written;
}
