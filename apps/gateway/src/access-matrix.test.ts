import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestRegion, TestRegion } from '@laa/testing';
import { grantsOf, MATRIX_CALLERS, MatrixCaller, MatrixPlace } from './access/callers';
import { ACCESS_MATRIX, MatrixFixture } from './access/matrix';
import { withAccessMatrix } from './access/render';

const REGION = 'E12000003';
const ACCESS_DOC = join(__dirname, '..', '..', '..', 'docs', 'ACCESS.md');
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'OPERATION_NOT_SAFELISTED']);

let region: TestRegion;
let place: MatrixPlace;
let fixture: MatrixFixture;

async function tokenOf(caller: MatrixCaller): Promise<string | undefined> {
  const grants = grantsOf(caller, place);
  return grants ? region.tokenFor({ id: `matrix:${caller}`, name: caller, grants }) : undefined;
}

/** An area of the region whose demo agreement has targets, another area, and credentials to act on. */
async function prepare(): Promise<void> {
  const rm = await region.tokenFor({ id: 'matrix-setup', name: 'setup', grants: grantsOf('relationship manager', { region: REGION, area: '', otherArea: '', otherRegion: 'E12000007' })! });
  const { data } = await region.query<{ areas: { code: string; agreement: { id: string; targets: { id: string }[] } | null }[] }>(
    '{ areas { code agreement { id targets { id } } } }',
    { token: rm },
  );
  const areas = data!.areas;
  const withTargets = areas.find((a) => (a.agreement?.targets.length ?? 0) > 0)!;
  place = { region: REGION, area: withTargets.code, otherArea: areas.find((a) => a.code !== withTargets.code)!.code, otherRegion: 'E12000007' };
  const credential = async () => {
    const created = await region.query<{ createApiCredential: { secret: string; credential: { id: string; clientId: string } } }>(
      'mutation ($area: String!) { createApiCredential(areaCode: $area, name: "Matrix setup") { secret credential { id clientId } } }',
      { variables: { area: place.area }, token: rm },
    );
    return created.data!.createApiCredential;
  };
  const [rotate, revoke, exchange] = [await credential(), await credential(), await credential()];
  const negotiation = await negotiationFixture(rm, withTargets.agreement!.id);
  const soft = await region.query<{ recordSoftEvidence: { id: string } }>(
    'mutation ($area: String!) { recordSoftEvidence(input: { area: $area, kind: CONSULTATION, title: "Setup item", summary: "setup", source: "setup", dated: "2007-10-01", theme: SAFER_AND_STRONGER_COMMUNITIES }) { id } }',
    { variables: { area: withTargets.code }, token: rm },
  );
  fixture = {
    ...negotiation,
    softEvidenceId: soft.data!.recordSoftEvidence.id,
    area: place.area,
    agreementId: withTargets.agreement!.id,
    targetId: withTargets.agreement!.targets[0].id,
    credentialToRotate: rotate.credential.id,
    credentialToRevoke: revoke.credential.id,
    exchangeClientId: exchange.credential.clientId,
    exchangeSecret: exchange.secret,
  };
}

/** A priority, a milestone, a negotiation point and a case conference with it on the agenda, for the negotiation operations. */
async function negotiationFixture(rm: string, agreementId: string) {
  const { data } = await region.query<{ addPriority: { id: string }; addMilestone: { id: string }; raiseNegotiationPoint: { id: string } }>(
    `mutation ($id: ID!) { addPriority(input: { agreementId: $id, title: "Setup priority" }) { id }
      addMilestone(input: { agreementId: $id, title: "Setup milestone", dueOn: "2008-01-31", owner: "LSP" }) { id }
      raiseNegotiationPoint(input: { agreementId: $id, subjectKind: AGREEMENT, title: "Setup point", detail: "setup" }) { id } }`,
    { variables: { id: agreementId }, token: rm },
  );
  const conference = await region.query<{ scheduleCaseConference: { id: string } }>(
    'mutation ($id: ID!, $p: ID!) { scheduleCaseConference(input: { agreementId: $id, heldOn: "2008-03-14", agendaPointIds: [$p] }) { id } }',
    { variables: { id: agreementId, p: data!.raiseNegotiationPoint.id }, token: rm },
  );
  return {
    priorityId: data!.addPriority.id,
    milestoneId: data!.addMilestone.id,
    pointId: data!.raiseNegotiationPoint.id,
    conferenceId: conference.data!.scheduleCaseConference.id,
  };
}

beforeAll(async () => {
  region = await startTestRegion(REGION);
  await prepare();
});
afterAll(() => region?.stop());

describe('the access matrix (docs/ACCESS.md)', () => {
  it('covers every query and mutation of the public API', async () => {
    const { data } = await region.query<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    );
    const operations = [...data!.__schema.queryType.fields, ...data!.__schema.mutationType.fields].map((f) => f.name);
    const covered = new Set(ACCESS_MATRIX.map((entry) => entry.operation.split('.')[0]));
    expect(operations.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('is what docs/ACCESS.md shows (else run `npm run access-doc`)', () => {
    const document = readFileSync(ACCESS_DOC, 'utf8');
    expect(document).toBe(withAccessMatrix(document));
  });

  describe.each(ACCESS_MATRIX.map((entry) => [entry.operation, entry] as const))('%s', (_operation, entry) => {
    it.each(MATRIX_CALLERS.map((caller) => [caller, entry.allowed.has(caller) ? 'allowed' : 'refused'] as const))(
      'as %s: %s',
      async (caller, expected) => {
        const response = await region.query(entry.document, { variables: entry.variables?.(fixture), token: await tokenOf(caller) });
        const codes = (response.errors ?? []).map((e) => String(e.extensions?.code));
        if (expected === 'refused') {
          expect(codes.some((code) => REFUSALS.has(code))).toBe(true);
        } else {
          expect(codes.filter((code) => !(entry.tolerated ?? []).includes(code))).toEqual([]);
        }
      },
    );
  });
});
