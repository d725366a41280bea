import { startTestRegion, TestRegion } from '@laa/testing';
import { MATRIX_CALLERS } from './access/callers';
import { PreparedMatrix, prepareMatrix } from './access/fixture';
import { ACCESS_MATRIX } from './access/matrix';

// Every operation of the API once, as a caller allowed to run it, on the embedded database of the quick start.
// PGlite's one session serves one connection's transaction at a time: work that reads through another
// connection (or asks a peer subgraph) while it holds a transaction open waits for itself there, though not
// on a server (until the store ends the idle transaction). So each answer must come in time, and one that
// does not stops the run at once.
const REGION = 'E12000003';
const ANSWER_WITHIN_MS = 20_000;
let region: TestRegion;
let matrix: PreparedMatrix;
let stuckOn: string | null = null;

beforeAll(async () => {
  region = await startTestRegion(REGION, { database: 'embedded' });
  matrix = await prepareMatrix(region, REGION);
}, 240_000);
afterAll(() => region?.stop());

function inTime<T>(operation: string, answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stuckOn = operation;
      reject(new Error(`${operation} gave no answer within ${ANSWER_WITHIN_MS / 1000} s on the embedded database: a transaction waiting for itself?`));
    }, ANSWER_WITHIN_MS);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

describe('every operation on the embedded database', () => {
  it.each(ACCESS_MATRIX.map((entry) => [entry.operation, entry] as const))('%s answers in time, without an internal error', async (operation, entry) => {
    if (stuckOn) throw new Error(`Not tried: the embedded database has been stuck since ${stuckOn}`);
    const caller = MATRIX_CALLERS.find((c) => entry.allowed.has(c))!;
    const response = await inTime(operation, region.query(entry.document, { variables: entry.variables?.(matrix.fixture), token: await matrix.tokenOf(caller) }));
    const codes = (response.errors ?? []).map((e) => String(e.extensions?.code));
    expect(codes.filter((code) => !(entry.tolerated ?? []).includes(code))).toEqual([]);
  }, ANSWER_WITHIN_MS + 5_000);
});
