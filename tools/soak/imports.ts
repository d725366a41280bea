import { request } from 'node:http';
import { Ledger } from './ledger';
import { RegionWorld } from './region-world';
import { Tally } from './tally';

const HEADER = 'indicator,area,period,value,source,published';
const PERIODS = ['2001', '2002', '2003', '2004', '2005', '2006', '2007'];
/** A small file: six indicators, three years. A large one (for a crash mid-import): 150 indicators, seven years. */
const SIZES = { small: { indicators: 6, periods: 3 }, large: { indicators: 150, periods: 7 } };
export type FileSize = keyof typeof SIZES;

/**
 * A good file: indicators NI 1.., every area of the region, years from 2001, from a source named for this file
 * alone so the checks can find exactly its rows afterwards. Figures are percentages, plausible for every indicator.
 */
export function goodFile(source: string, areaCodes: string[], size: FileSize = 'small'): { csv: string; rows: number } {
  const lines = [HEADER];
  for (let i = 1; i <= SIZES[size].indicators; i++)
    for (const area of areaCodes)
      for (const period of PERIODS.slice(0, SIZES[size].periods))
        lines.push(`NI${i},${area},${period},${(lines.length % 97) + 0.5},${source},2008-01-15`);
  return { csv: lines.join('\n') + '\n', rows: lines.length - 1 };
}

/** A careless or hostile council system's file: each row wrong in its own way, and a poison value. */
export function badFile(source: string, area: string): string {
  return (
    [
      HEADER,
      `NI116,${area},2004,1e308,${source},2008-01-15`,
      `NI116,${area},2005,0x10,${source},2008-01-15`,
      `NI116,${area},2006,12,${source},2007-02-31`,
      `NI999,${area},2006,12,${source},2008-01-15`,
      `NI116,ZZZZ,2006,12,${source},2008-01-15`,
      `NI116,${area},2006,=HYPERLINK("x"),${source},2008-01-15`,
      `NI116,${area},2006,12,${source}\u0000,2008-01-15`,
    ].join('\n') + '\n'
  );
}

/** Streams a CSV to the region's gateway upload route and tallies the answer like any other request. */
export async function upload(
  world: RegionWorld,
  tally: Tally,
  csv: string,
  origin: string,
): Promise<{ status: number; inserted: number | null; rejected: number | null }> {
  const url = new URL('/imports/observations', world.url);
  url.searchParams.set('origin', origin);
  const started = performance.now();
  try {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(url, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${world.tokens.analyst}` },
        timeout: 60_000,
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
      req.on('error', reject);
      req.end(csv);
    });
    const parsed = parseAnswer(body);
    tally.answered(
      status,
      (parsed.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE')),
      performance.now() - started,
      `upload ${origin} -> ${parsed.errors?.[0]?.message ?? ''}`,
    );
    return { status, inserted: parsed.data?.inserted ?? null, rejected: parsed.data?.rejected ?? null };
  } catch (error) {
    tally.unanswered(error instanceof Error ? error : new Error(String(error)));
    return { status: 0, inserted: null, rejected: null };
  }
}

type UploadBody = {
  data?: { inserted: number; rejected: number };
  errors?: { message?: string; extensions?: { code?: string } }[];
};

/** The upload route answers JSON; anything else (an HTML error page, nothing) is itself an answer without a code. */
function parseAnswer(body: string): UploadBody {
  try {
    return JSON.parse(body) as UploadBody;
  } catch {
    return { errors: [{ message: `not JSON: ${body.slice(0, 80)}`, extensions: { code: 'NOT_JSON' } }] };
  }
}

/** Uploads a good file and writes down what the gateway said it did. */
export async function importGood(
  world: RegionWorld,
  tally: Tally,
  ledger: Ledger,
  source: string,
  size: FileSize = 'small',
): Promise<void> {
  const { csv, rows } = goodFile(source, world.areaCodes, size);
  const answer = await upload(world, tally, csv, `${source}.csv`);
  ledger.imports.push({
    region: world.region,
    source,
    rows,
    outcome: answer.inserted !== null ? 'imported' : answer.status === 0 ? 'cut' : 'refused',
    reportedInserted: answer.inserted ?? 0,
  });
}
