import { MINISTERS, MixedLoadResult, runMixedLoad, startTestRegion, TestRegion } from '@laa/testing';

// The quick start's store under the load of a working day: eight clients at once mixing federated reads and
// versioned writes against one region on the embedded database, then four Ministers signing the same agreement.
const REGION = 'E12000003';
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion(REGION, { database: 'embedded' });
}, 240_000);
afterAll(() => region?.stop());

type SignOffs = { areas: { code: string; agreement: { id: string; stage: string; signOff: { stage: string; version: number } } | null }[] };
type Step = { takeSignOffStep: { stage: string; version: number } };

describe('the embedded database under concurrent load', () => {
  it('answers eight clients mixing reads and writes, every request in time and none with an internal error', async () => {
    const result: MixedLoadResult = await runMixedLoad(region, REGION, { clients: 8, requestsPerClient: 30, answerWithinMs: 30_000 });
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
    const answers = await Promise.all(MINISTERS.map(async (minister) => region.query<Step>(
      'mutation ($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }',
      { variables: { input: { agreementId, stage: 'SIGNED', expectedVersion: version, reason: `Signed by ${minister.name}` } }, token: await region.tokenFor(minister) },
    )));
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
  const { data } = await region.query<SignOffs>('{ areas { code agreement { id stage signOff { stage version } } } }', { token: minister });
  const candidates = data!.areas.map((a) => a.agreement).filter((a) => a?.signOff.stage === 'RD_RECOMMENDED');
  for (const agreement of candidates) {
    await region.query('mutation ($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }', {
      variables: { input: { agreementId: agreement!.id, colleagues: ['Home Secretary'], outcome: 'No objections' } }, token: minister,
    });
    const readiness = await region.query<{ agreement: { signOff: { readiness: { nextStage: string; ready: boolean } } } }>(
      'query ($id: ID!) { agreement(id: $id) { signOff { readiness { nextStage ready } } } }', { variables: { id: agreement!.id }, token: minister },
    );
    if (readiness.data?.agreement.signOff.readiness.ready) return { agreementId: agreement!.id, version: agreement!.signOff.version };
  }
  throw new Error(`No agreement of ${REGION} is ready for a Minister's signature (${candidates.length} recommended)`);
}
