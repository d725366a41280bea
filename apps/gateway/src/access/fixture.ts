import { RegionCode } from '@laa/domain';
import { TestRegion } from '@laa/testing';
import { grantsOf, MatrixCaller, MatrixPlace } from './callers';
import { MatrixFixture } from './matrix';
import { MATRIX_MEMBER_AREA } from './multi-area-matrix';

/** The region, place and ids the matrix's operations act on, made through the API in a demo region. */
export interface PreparedMatrix {
  place: MatrixPlace;
  fixture: MatrixFixture;
  tokenOf(caller: MatrixCaller): Promise<string | undefined>;
}

/** An area of the region whose demo agreement has targets, another area, and credentials and items to act on. */
export async function prepareMatrix(region: TestRegion, code: RegionCode): Promise<PreparedMatrix> {
  const rm = await region.tokenFor({
    id: 'matrix-setup',
    name: 'setup',
    grants: grantsOf('relationship manager', { region: code, area: '', otherArea: '', otherRegion: 'E12000007' })!,
  });
  const { data } = await region.query<{
    areas: { code: string; agreement: { id: string; targets: { id: string }[] } | null }[];
  }>('{ areas { code agreement { id targets { id } } } }', { token: rm });
  const areas = data!.areas;
  const withTargets = areas.find((a) => (a.agreement?.targets.length ?? 0) > 0)!;
  const place: MatrixPlace = {
    region: code,
    area: withTargets.code,
    otherArea: areas.find((a) => a.code !== withTargets.code)!.code,
    otherRegion: 'E12000007',
  };
  const credential = async () => {
    const created = await region.query<{
      createApiCredential: { secret: string; credential: { id: string; clientId: string } };
    }>(
      'mutation ($area: String!) { createApiCredential(areaCode: $area, name: "Matrix setup") { secret credential { id clientId } } }',
      { variables: { area: place.area }, token: rm },
    );
    return created.data!.createApiCredential;
  };
  const [rotate, revoke, exchange] = [await credential(), await credential(), await credential()];
  const negotiation = await negotiationFixture(region, rm, withTargets.agreement!.id);
  const soft = await region.query<{ recordSoftEvidence: { id: string } }>(
    'mutation ($area: String!) { recordSoftEvidence(input: { area: $area, kind: CONSULTATION, title: "Setup item", summary: "setup", source: "setup", dated: "2007-10-01", theme: SAFER_AND_STRONGER_COMMUNITIES }) { id } }',
    { variables: { area: withTargets.code }, token: rm },
  );
  const strategy = await region.query<{ recordCommunityStrategy: { id: string } }>(
    'mutation ($area: String!) { recordCommunityStrategy(input: { area: $area, title: "Setup strategy", adoptedOn: "2006-04-01", url: "https://example.org/scs", periodFrom: 2006, periodTo: 2020 }) { id } }',
    { variables: { area: withTargets.code }, token: rm },
  );
  const maa = await region.query<{ createMultiAreaAgreement: { id: string } }>(
    'mutation ($areas: [String!]!) { createMultiAreaAgreement(input: { title: "Setup MAA", areaCodes: $areas }) { id } }',
    { variables: { areas: [withTargets.code, MATRIX_MEMBER_AREA] }, token: rm },
  );
  const fixture: MatrixFixture = {
    ...negotiation,
    softEvidenceId: soft.data!.recordSoftEvidence.id,
    communityStrategyId: strategy.data!.recordCommunityStrategy.id,
    multiAreaAgreementId: maa.data!.createMultiAreaAgreement.id,
    otherRegion: place.otherRegion,
    region: code,
    area: place.area,
    agreementId: withTargets.agreement!.id,
    targetId: withTargets.agreement!.targets[0].id,
    credentialToRotate: rotate.credential.id,
    credentialToRevoke: revoke.credential.id,
    exchangeClientId: exchange.credential.clientId,
    exchangeSecret: exchange.secret,
  };
  const tokenOf = async (caller: MatrixCaller) => {
    const grants = grantsOf(caller, place);
    return grants ? region.tokenFor({ id: `matrix:${caller}`, name: caller, grants }) : undefined;
  };
  return { place, fixture, tokenOf };
}

/** A priority, a milestone, a negotiation point and a case conference with it on the agenda, for the negotiation operations. */
async function negotiationFixture(region: TestRegion, rm: string, agreementId: string) {
  const { data } = await region.query<{
    addPriority: { id: string };
    addMilestone: { id: string };
    raiseNegotiationPoint: { id: string };
  }>(
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
