import { MINISTERS, MixedLoadResult, runMixedLoad, TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
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
}, 600_000);
afterAll(() => region?.stop());

function inTime<T>(operation: string, answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stuckOn = operation;
      reject(
        new Error(
          `${operation} gave no answer within ${ANSWER_WITHIN_MS / 1000} s on the embedded database: a transaction waiting for itself?`,
        ),
      );
    }, ANSWER_WITHIN_MS);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

describe('every operation on the embedded database', () => {
  it.each(ACCESS_MATRIX.map((entry) => [entry.operation, entry] as const))(
    '%s answers in time, without an internal error',
    async (operation, entry) => {
      if (stuckOn) throw new Error(`Not tried: the embedded database has been stuck since ${stuckOn}`);
      const caller = MATRIX_CALLERS.find((c) => entry.allowed.has(c))!;
      const response = await inTime(
        operation,
        region.query(entry.document, {
          variables: entry.variables?.(matrix.fixture),
          token: await matrix.tokenOf(caller),
        }),
      );
      const codes = (response.errors ?? []).map((e) => String(e.extensions?.code));
      expect(codes.filter((code) => !(entry.tolerated ?? []).includes(code))).toEqual([]);
    },
    ANSWER_WITHIN_MS + 5_000,
  );
});

// Then the load of a working day on the same store: eight clients at once mixing federated reads and versioned
// writes, and four Ministers signing the same agreement.
type SignOffs = {
  areas: {
    code: string;
    agreement: { id: string; stage: string; signOff: { stage: string; version: number } } | null;
  }[];
};
type Step = { takeSignOffStep: { stage: string; version: number } };

describe('the embedded database under concurrent load', () => {
  it('answers eight clients mixing reads and writes, every request in time and none with an internal error', async () => {
    const result: MixedLoadResult = await runMixedLoad(region, REGION, {
      clients: 8,
      requestsPerClient: 30,
      answerWithinMs: 30_000,
    });
    expect(result.unanswered).toBe(0);
    expect(result.serverErrors).toBe(0);
    expect(result.errorCodes.INTERNAL_SERVER_ERROR ?? 0).toBe(0);
    // Everything else is an answer the API documents: a stale version, a rule.
    expect(Object.keys(result.errorCodes).filter((code) => !['CONFLICT', 'RULE_VIOLATION'].includes(code))).toEqual([]);
    expect(result.writes).toBeGreaterThan(20);
    expect(result.requests).toBe(result.reads + result.writes);
  }, 180_000);

  it('lets one of four Ministers signing at once sign; the others are told it changed (CONFLICT)', async () => {
    const { agreementId, version } = await agreementAwaitingSignature();
    const answers = await Promise.all(
      MINISTERS.map(async (minister) =>
        region.query<Step>(
          'mutation ($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }',
          {
            variables: {
              input: { agreementId, stage: 'SIGNED', expectedVersion: version, reason: `Signed by ${minister.name}` },
            },
            token: await region.tokenFor(minister),
          },
        ),
      ),
    );
    const signed = answers.filter((a) => a.data?.takeSignOffStep?.stage === 'SIGNED');
    const refused = answers.flatMap((a) => (a.errors ?? []).map((e) => e.extensions?.code));
    expect(signed).toHaveLength(1);
    expect(signed[0].data!.takeSignOffStep.version).toBe(version + 1);
    expect(refused).toHaveLength(3);
    expect(refused.every((code) => code === 'CONFLICT' || code === 'RULE_VIOLATION')).toBe(true);
  }, 60_000);
});

/** An agreement the RD has recommended, with Cabinet consulted: ready for a Minister's signature. */
async function agreementAwaitingSignature(): Promise<{ agreementId: string; version: number }> {
  const minister = await region.tokenFor(MINISTERS[0]);
  const { data } = await region.query<SignOffs>('{ areas { code agreement { id stage signOff { stage version } } } }', {
    token: minister,
  });
  const candidates = data!.areas.map((a) => a.agreement).filter((a) => a?.signOff.stage === 'RD_RECOMMENDED');
  for (const agreement of candidates) {
    await region.query(
      'mutation ($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }',
      {
        variables: { input: { agreementId: agreement!.id, colleagues: ['Home Secretary'], outcome: 'No objections' } },
        token: minister,
      },
    );
    const readiness = await region.query<{
      agreement: { signOff: { readiness: { nextStage: string; ready: boolean } } };
    }>('query ($id: ID!) { agreement(id: $id) { signOff { readiness { nextStage ready } } } }', {
      variables: { id: agreement!.id },
      token: minister,
    });
    if (readiness.data?.agreement.signOff.readiness.ready)
      return { agreementId: agreement!.id, version: agreement!.signOff.version };
  }
  throw new Error(`No agreement of ${REGION} is ready for a Minister's signature (${candidates.length} recommended)`);
}
