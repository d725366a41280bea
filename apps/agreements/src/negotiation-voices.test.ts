import { DevelopmentUser, developmentUser } from '@laa/identity';
import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';
import { ADD_TARGET, agreementsWithoutTargets, baseline, DraftAgreement } from './testing/drafting';

const REGION = 'E12000003';
let region: TestRegion;
let drafts: DraftAgreement[];
beforeAll(async () => {
  region = await startTestRegion(REGION);
  drafts = await agreementsWithoutTargets(region, REGION);
});
afterAll(() => region?.stop());

const POINT =
  'id status version department raisedBy { name } raisedByRole withGovernmentOffice relayedBy { name } decision decidedBy { name } thread { kind by { name } text }';
const RAISE = `mutation ($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { ${POINT} } }`;
const RELAY = `mutation ($input: RelayNegotiationPointInput!) { relayNegotiationPoint(input: $input) { ${POINT} } }`;
const DECIDE = `mutation ($input: DecideNegotiationPointInput!) { decideNegotiationPoint(input: $input) { ${POINT} } }`;
const STEP = (verb: string) =>
  `mutation ($input: NegotiationPointStepInput!) { ${verb}NegotiationPoint(input: $input) { ${POINT} } }`;
const COMMENT =
  'mutation ($input: CommentOnNegotiationPointInput!) { commentOnNegotiationPoint(input: $input) { id } }';
const POINTS = `query ($id: ID!) { agreement(id: $id) { openNegotiationPointCount negotiationPoints { ${POINT} } } }`;
const REQUEST = `mutation ($input: RequestCaseConferenceInput!) { requestCaseConference(input: $input) { id reason pointIds requestedBy { name } requestedByRole conference { id } } }`;
const SCHEDULE =
  'mutation ($input: ScheduleCaseConferenceInput!) { scheduleCaseConference(input: $input) { id agenda { point { id } } } }';
const REQUESTS =
  'query ($id: ID!) { agreement(id: $id) { caseConferenceRequests { id reason conference { id heldOn } } } }';

interface Point {
  id: string;
  status: string;
  version: number;
  department: string | null;
  raisedBy: { name: string };
  raisedByRole: string;
  withGovernmentOffice: boolean;
  relayedBy: { name: string } | null;
  decision: string | null;
  decidedBy: { name: string } | null;
  thread: { kind: string; by: { name: string }; text: string }[];
}

/** The demo people of one area (rm, tl, drd, rd, po, cllr, partner, analyst, ns). */
const person = (key: string, area: string): DevelopmentUser => developmentUser(key, REGION, area)!;

async function as<D>(key: string, area: string, query: string, variables: Record<string, unknown>) {
  return region.query<D>(query, { token: await region.tokenFor(person(key, area)), variables });
}

async function addTarget(
  draft: DraftAgreement,
  kind: string,
  indicatorCode: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { data, errors } = await as<{ addTarget: { id: string } }>('po', draft.area, ADD_TARGET, {
    input: { agreementId: draft.id, kind, indicatorCode, baseline: baseline(40), levels: [41, 42, 43], ...extra },
  });
  expect(errors).toBeUndefined();
  return data!.addTarget.id;
}

const raise = (key: string, draft: DraftAgreement, subjectKind: string, subjectRef: string | null, title: string) =>
  as<{ raiseNegotiationPoint: Point }>(key, draft.area, RAISE, {
    input: { agreementId: draft.id, subjectKind, subjectRef, title, detail: `${title}: the case` },
  });

describe('departments speak through the GO', () => {
  it("refuses a department's point on a local target or a local indicator, which the GO and partners may still raise", async () => {
    const draft = drafts[0];
    const local = await addTarget(draft, 'LOCAL', 'SHEF-PARKS', {
      localIndicatorTitle: 'Residents satisfied with parks',
      theme: 'SAFER_AND_STRONGER_COMMUNITIES',
      intendedDirection: 'UP',
    });
    const onTarget = await raise('analyst', draft, 'TARGET', local, 'Parks level too low');
    const onIndicator = await raise('analyst', draft, 'INDICATOR', 'SHEF-PARKS', 'Parks indicator unsound');
    for (const refused of [onTarget, onIndicator]) {
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'DEPARTMENT_LOCAL_TARGET' });
    }
    const byGo = await raise('rm', draft, 'TARGET', local, 'Parks baseline unclear');
    expect(byGo.data?.raiseNegotiationPoint).toMatchObject({ status: 'OPEN', withGovernmentOffice: false });
    const { data } = await as<{ agreement: { negotiationPoints: Point[] } }>('rm', draft.area, POINTS, {
      id: draft.id,
    });
    expect(data?.agreement.negotiationPoints.map((p) => p.id)).toEqual([byGo.data!.raiseNegotiationPoint.id]);
  });

  it("keeps a department's point with the GO until it is relayed; the area then hears it as the GO's", async () => {
    const draft = drafts[1];
    const target = await addTarget(draft, 'DESIGNATED', 'NI39', { levels: [39, 38, 37] });
    const raised = await raise('analyst', draft, 'TARGET', target, 'NI39 level too low');
    const point = raised.data!.raiseNegotiationPoint;
    expect(point).toMatchObject({
      department: 'DCSF',
      raisedByRole: 'DEPARTMENT_ANALYST',
      withGovernmentOffice: true,
      relayedBy: null,
    });

    const areaBefore = await as<{ agreement: { openNegotiationPointCount: number; negotiationPoints: Point[] } }>(
      'po',
      draft.area,
      POINTS,
      { id: draft.id },
    );
    expect(areaBefore.data?.agreement).toEqual({ openNegotiationPointCount: 0, negotiationPoints: [] });
    const TARGET_POINTS = 'query ($id: ID!) { agreement(id: $id) { targets { openNegotiationPoints { id } } } }';
    const onTarget = async (key: string) =>
      (
        await as<{ agreement: { targets: { openNegotiationPoints: { id: string }[] }[] } }>(
          key,
          draft.area,
          TARGET_POINTS,
          { id: draft.id },
        )
      ).data!.agreement.targets[0].openNegotiationPoints;
    expect(await onTarget('po')).toEqual([]);
    expect(await onTarget('rm')).toEqual([{ id: point.id }]);
    const early = await as('po', draft.area, COMMENT, { input: { pointId: point.id, text: 'What point?' } });
    expect(early.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await as('rm', draft.area, COMMENT, { input: { pointId: point.id, text: "Is this DCSF's settled view?" } });

    const byPartner = await as('po', draft.area, RELAY, {
      input: { pointId: point.id, expectedVersion: point.version, note: 'x'.repeat(5) },
    });
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const relayed = await as<{ relayNegotiationPoint: Point }>('rm', draft.area, RELAY, {
      input: {
        pointId: point.id,
        expectedVersion: point.version,
        note: 'Government would look for a more ambitious year 3',
      },
    });
    expect(relayed.data?.relayNegotiationPoint).toMatchObject({
      withGovernmentOffice: false,
      relayedBy: { name: 'Demo Relationship Manager' },
      raisedBy: { name: 'Demo DCSF Analyst' },
    });
    const again = await as('rm', draft.area, RELAY, {
      input: { pointId: point.id, expectedVersion: point.version + 1, note: 'Once more' },
    });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'POINT_NOT_WITH_GO' });

    const areaAfter = await as<{ agreement: { negotiationPoints: Point[] } }>('po', draft.area, POINTS, {
      id: draft.id,
    });
    const seen = areaAfter.data!.agreement.negotiationPoints[0];
    expect(seen).toMatchObject({
      id: point.id,
      department: 'DCSF',
      raisedBy: { name: 'Demo Relationship Manager' },
      raisedByRole: 'RELATIONSHIP_MANAGER',
    });
    expect(seen.thread.map((e) => [e.kind, e.by.name])).toEqual([
      ['RAISED', 'Demo Relationship Manager'],
      ['RELAYED', 'Demo Relationship Manager'],
    ]);
    const comment = await as('po', draft.area, COMMENT, {
      input: { pointId: point.id, text: 'Our trend is distorted by the boundary change' },
    });
    expect(comment.errors).toBeUndefined();
  });

  it('lets the National Strategies adviser negotiate the statutory targets, and nothing else', async () => {
    const draft = drafts[2];
    const statutory = await addTarget(draft, 'STATUTORY_DCSF', 'NI72');
    const designated = await addTarget(draft, 'DESIGNATED', 'NI8');
    const onStatutory = await raise('ns', draft, 'TARGET', statutory, 'NI72 year 3 below the trend');
    expect(onStatutory.data?.raiseNegotiationPoint).toMatchObject({
      raisedByRole: 'NATIONAL_STRATEGIES_ADVISER',
      department: null,
      withGovernmentOffice: false,
    });
    const onDesignated = await raise('ns', draft, 'TARGET', designated, 'NI8 too low');
    expect(onDesignated.errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'NATIONAL_STRATEGIES_STATUTORY_ONLY',
    });
    const edit = await as('ns', draft.area, ADD_TARGET, {
      input: {
        agreementId: draft.id,
        kind: 'STATUTORY_DCSF',
        indicatorCode: 'NI73',
        baseline: baseline(40),
        levels: [41, 42, 43],
      },
    });
    expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the Deputy Regional Director decides escalated points', () => {
  it("refuses to let a party resolve an escalated point, and records the DRD's decision and reason", async () => {
    const draft = drafts[3];
    const raised = await raise('po', draft, 'AGREEMENT', null, 'Too few economic targets');
    const point = raised.data!.raiseNegotiationPoint;
    const escalated = await as<{ escalateNegotiationPoint: Point }>('po', draft.area, STEP('escalate'), {
      input: { pointId: point.id, expectedVersion: point.version, reason: 'No agreement with the GO' },
    });
    const version = escalated.data!.escalateNegotiationPoint.version;
    const byGo = await as('rm', draft.area, STEP('resolve'), {
      input: { pointId: point.id, expectedVersion: version, reason: 'We say so' },
    });
    expect(byGo.errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'ESCALATED_POINT_DECIDED_BY_DRD',
    });
    const decision = {
      pointId: point.id,
      expectedVersion: version,
      decision: 'One further economic target (NI 151)',
      reason: 'The evidence shows worklessness slipping',
    };
    const byManager = await as('rm', draft.area, DECIDE, { input: decision });
    expect(byManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stale = await as('drd', draft.area, DECIDE, { input: { ...decision, expectedVersion: version - 1 } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const decided = await as<{ decideNegotiationPoint: Point }>('drd', draft.area, DECIDE, { input: decision });
    expect(decided.data?.decideNegotiationPoint).toMatchObject({
      status: 'RESOLVED',
      decision: decision.decision,
      decidedBy: { name: 'Demo Deputy Regional Director' },
    });
    expect(decided.data?.decideNegotiationPoint.thread.at(-1)).toMatchObject({
      kind: 'DECIDED',
      text: expect.stringContaining(decision.reason),
    });

    const open = (await raise('po', draft, 'AGREEMENT', null, 'Process map slipping')).data!.raiseNegotiationPoint;
    const notEscalated = await as('drd', draft.area, DECIDE, {
      input: { ...decision, pointId: open.id, expectedVersion: open.version },
    });
    expect(notEscalated.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'POINT_NOT_ESCALATED' });
  });
});

describe('case conferences asked for by the partnership', () => {
  it('the partnership asks, the GO schedules the request with its points on the agenda, once', async () => {
    const draft = drafts[4];
    const point = (await raise('po', draft, 'AGREEMENT', null, 'Health partners disagree on NI39')).data!
      .raiseNegotiationPoint;
    const input = {
      agreementId: draft.id,
      reason: 'Bring DH, the PCT and the police together, as Coventry did',
      agendaPointIds: [point.id],
    };
    const byGo = await as('rm', draft.area, REQUEST, { input });
    expect(byGo.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const requested = await as<{ requestCaseConference: { id: string; requestedByRole: string; conference: null } }>(
      'cllr',
      draft.area,
      REQUEST,
      { input },
    );
    expect(requested.data?.requestCaseConference).toMatchObject({ requestedByRole: 'COUNCILLOR', conference: null });
    const requestId = requested.data!.requestCaseConference.id;

    const byPartner = await as('po', draft.area, SCHEDULE, {
      input: { agreementId: draft.id, heldOn: '2008-03-20', requestId },
    });
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const scheduled = await as<{ scheduleCaseConference: { id: string; agenda: { point: { id: string } }[] } }>(
      'rm',
      draft.area,
      SCHEDULE,
      {
        input: { agreementId: draft.id, heldOn: '2008-03-20', invitedDepartments: ['DH'], requestId },
      },
    );
    expect(scheduled.data?.scheduleCaseConference.agenda).toEqual([{ point: { id: point.id } }]);
    const twice = await as('rm', draft.area, SCHEDULE, {
      input: { agreementId: draft.id, heldOn: '2008-03-21', requestId },
    });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'CONFERENCE_REQUEST_ANSWERED' });
    const { data } = await as<{
      agreement: { caseConferenceRequests: { id: string; conference: { id: string; heldOn: string } | null }[] };
    }>('po', draft.area, REQUESTS, { id: draft.id });
    expect(data?.agreement.caseConferenceRequests).toEqual([
      {
        id: requestId,
        reason: input.reason,
        conference: { id: scheduled.data!.scheduleCaseConference.id, heldOn: '2008-03-20' },
      },
    ]);
  });
});
