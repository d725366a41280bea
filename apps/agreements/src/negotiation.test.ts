import { ADD_TARGET, baseline, draftingRegion, peopleOf } from './testing/drafting';

const REGION = 'E12000003';
const { region, drafts } = draftingRegion(REGION);

const RAISE = `mutation ($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { id status version department raisedBy { name } raisedByRole } }`;
const RELAY = `mutation ($input: RelayNegotiationPointInput!) { relayNegotiationPoint(input: $input) { id status version } }`;
const SCHEDULE = `mutation ($input: ScheduleCaseConferenceInput!) { scheduleCaseConference(input: $input) { id heldOn invitedDepartments agenda { point { id } outcome } } }`;
const OUTCOME = `mutation ($input: RecordCaseConferenceOutcomeInput!) { recordCaseConferenceOutcome(input: $input) { outcome resolvesPoint recordedBy { name } point { status thread { kind text by { name } } } } }`;
const UPDATE = `mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id version levels } }`;
const HISTORY = `query ($id: ID!) { agreement(id: $id) { version openNegotiationPointCount openNegotiationPoints { id ageInDays }
  negotiationPoints(includeClosed: true) { id title status ageInDays }
  history { version summary changedBy { id name } changes { itemType action label before after } } } }`;
const COMPARE = `query ($id: ID!, $from: Int!, $to: Int!) { compareAgreementVersions(agreementId: $id, from: $from, to: $to) {
  differences { itemType action label before after changedBy { id name } } } }`;

type Point = {
  id: string;
  status: string;
  version: number;
  department: string | null;
  raisedBy: { name: string };
  raisedByRole: string;
};
type History = {
  agreement: {
    version: number;
    openNegotiationPointCount: number;
    openNegotiationPoints: { id: string; ageInDays: number }[];
    negotiationPoints: { id: string; status: string; ageInDays: number }[];
    history: {
      version: number;
      summary: string;
      changedBy: { id: string };
      changes: { itemType: string; action: string }[];
    }[];
  };
};

describe('negotiating an agreement', () => {
  it('a department raises a point through the GO, a case conference resolves it, and the history shows who did what', async () => {
    const draft = drafts[0];
    const { relationshipManager, partnershipOfficer, analyst } = peopleOf(REGION, draft.area, drafts[1].area);
    const [rm, po, dcsf] = await Promise.all(
      [relationshipManager, partnershipOfficer, analyst].map((u) => region.tokenFor(u)),
    );
    const added = await region.query<{ addTarget: { id: string } }>(ADD_TARGET, {
      token: po,
      variables: {
        input: {
          agreementId: draft.id,
          kind: 'STATUTORY_DCSF',
          indicatorCode: 'NI72',
          baseline: baseline(45),
          levels: [46, 47, 49],
        },
      },
    });
    const targetId = added.data!.addTarget.id;

    const raised = await region.query<{ raiseNegotiationPoint: Point }>(RAISE, {
      token: dcsf,
      variables: {
        input: {
          agreementId: draft.id,
          subjectKind: 'TARGET',
          subjectRef: targetId,
          title: 'NI72 level too low',
          detail: 'Year 3 is below the trend projection',
        },
      },
    });
    expect(raised.data?.raiseNegotiationPoint).toMatchObject({
      status: 'OPEN',
      department: 'DCSF',
      raisedByRole: 'DEPARTMENT_ANALYST',
      raisedBy: { name: 'Demo DCSF Analyst' },
    });
    const point = raised.data!.raiseNegotiationPoint;
    // The department's point reaches the area through the GO.
    const relayed = await region.query<{ relayNegotiationPoint: Point }>(RELAY, {
      token: rm,
      variables: {
        input: { pointId: point.id, expectedVersion: point.version, note: 'DCSF would look for more by year 3' },
      },
    });
    expect(relayed.errors).toBeUndefined();
    await region.query(
      `mutation ($input: CommentOnNegotiationPointInput!) { commentOnNegotiationPoint(input: $input) { id } }`,
      {
        token: po,
        variables: { input: { pointId: point.id, text: 'Our trend is distorted by the 2006 boundary change' } },
      },
    );
    const escalated = await region.query<{ escalateNegotiationPoint: Point }>(
      `mutation ($input: NegotiationPointStepInput!) { escalateNegotiationPoint(input: $input) { status version } }`,
      {
        token: rm,
        variables: {
          input: { pointId: point.id, expectedVersion: point.version + 1, reason: 'Needs the case conference' },
        },
      },
    );
    expect(escalated.data?.escalateNegotiationPoint.status).toBe('ESCALATED');

    const before = await region.query<History>(HISTORY, { token: rm, variables: { id: draft.id } });
    expect(before.data?.agreement.openNegotiationPointCount).toBe(1);
    expect(before.data?.agreement.negotiationPoints[0]).toMatchObject({
      id: point.id,
      status: 'ESCALATED',
      ageInDays: 0,
    });
    expect(before.data?.agreement.openNegotiationPoints).toEqual([{ id: point.id, ageInDays: 0 }]);

    const conference = await region.query<{
      scheduleCaseConference: { id: string; agenda: { point: { id: string } }[] };
    }>(SCHEDULE, {
      token: rm,
      variables: {
        input: {
          agreementId: draft.id,
          heldOn: '2008-03-14',
          invitedDepartments: ['DCSF', 'HOME_OFFICE'],
          invitedOthers: ['Audit Commission'],
          agendaPointIds: [point.id],
        },
      },
    });
    expect(conference.data?.scheduleCaseConference.agenda).toEqual([{ point: { id: point.id }, outcome: null }]);
    const outcome = await region.query<{
      recordCaseConferenceOutcome: {
        resolvesPoint: boolean;
        point: { status: string; thread: { kind: string; by: { name: string } }[] };
      };
    }>(OUTCOME, {
      token: rm,
      variables: {
        input: {
          conferenceId: conference.data!.scheduleCaseConference.id,
          pointId: point.id,
          outcome: 'DCSF accepts the level given the boundary change',
          resolvesPoint: true,
        },
      },
    });
    expect(outcome.data?.recordCaseConferenceOutcome.point.status).toBe('RESOLVED');
    expect(outcome.data?.recordCaseConferenceOutcome.point.thread.map((e) => [e.kind, e.by.name])).toEqual([
      ['RAISED', 'Demo DCSF Analyst'],
      ['RELAYED', 'Demo Relationship Manager'],
      ['COMMENTED', 'Demo Partnership Officer'],
      ['ESCALATED', 'Demo Relationship Manager'],
      ['CONFERENCE_OUTCOME', 'Demo Relationship Manager'],
    ]);

    const after = await region.query<History>(HISTORY, { token: rm, variables: { id: draft.id } });
    const agreement = after.data!.agreement;
    expect(agreement.openNegotiationPointCount).toBe(0);
    expect(agreement.openNegotiationPoints).toEqual([]);
    expect(agreement.history.map((r) => [r.changedBy.id, r.changes[0].itemType, r.changes[0].action])).toEqual([
      [relationshipManager.id, 'NEGOTIATION_POINT', 'CHANGED'],
      [relationshipManager.id, 'CASE_CONFERENCE', 'ADDED'],
      [relationshipManager.id, 'NEGOTIATION_POINT', 'CHANGED'],
      [partnershipOfficer.id, 'NEGOTIATION_POINT', 'CHANGED'],
      [relationshipManager.id, 'NEGOTIATION_POINT', 'ADDED'],
      [partnershipOfficer.id, 'TARGET', 'ADDED'],
    ]);
    expect(agreement.history[0].summary).toContain('Resolved');
    expect(agreement.version).toBe(draft.version + 6);
  });

  it("refuses points from other areas' partnership officers and the public, and hides drafts from them", async () => {
    const draft = drafts[1];
    const { outsider } = peopleOf(REGION, draft.area, drafts[2].area);
    const variables = {
      input: { agreementId: draft.id, subjectKind: 'AGREEMENT', title: 'Too few targets', detail: 'We think so' },
    };
    const byOutsider = await region.query(RAISE, { token: await region.tokenFor(outsider), variables });
    const byPublic = await region.query(RAISE, { variables });
    expect(byOutsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(byPublic.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const read = await region.query(HISTORY, { token: await region.tokenFor(outsider), variables: { id: draft.id } });
    const readPublic = await region.query(HISTORY, { variables: { id: draft.id } });
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(readPublic.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('only whoever raised a point, their department or the GO may resolve it', async () => {
    const draft = drafts[1];
    const { partnershipOfficer, homeOfficeAnalyst, analyst, relationshipManager } = peopleOf(
      REGION,
      draft.area,
      drafts[2].area,
    );
    const raised = await region.query<{ raiseNegotiationPoint: Point }>(RAISE, {
      token: await region.tokenFor(homeOfficeAnalyst),
      variables: {
        input: {
          agreementId: draft.id,
          subjectKind: 'INDICATOR',
          subjectRef: 'NI 20',
          title: 'Assault with injury missing',
          detail: 'A priority place for the Home Office',
        },
      },
    });
    const raisedPoint = raised.data!.raiseNegotiationPoint;
    const relayed = await region.query<{ relayNegotiationPoint: Point }>(RELAY, {
      token: await region.tokenFor(relationshipManager),
      variables: {
        input: { pointId: raisedPoint.id, expectedVersion: raisedPoint.version, note: 'The Home Office asks for this' },
      },
    });
    const point = relayed.data!.relayNegotiationPoint;
    const resolve = (token: string, version: number) =>
      region.query<{ resolveNegotiationPoint: Point }>(
        `mutation ($input: NegotiationPointStepInput!) { resolveNegotiationPoint(input: $input) { status version } }`,
        {
          token,
          variables: { input: { pointId: point.id, expectedVersion: version, reason: 'Agreed' } },
        },
      );
    const byPartner = await resolve(await region.tokenFor(partnershipOfficer), point.version);
    const byOtherDepartment = await resolve(await region.tokenFor(analyst), point.version);
    expect(byPartner.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'POINT_OWNER' });
    expect(byOtherDepartment.errors?.[0].extensions?.code).toBe('RULE_VIOLATION');
    const byRaiser = await resolve(await region.tokenFor(homeOfficeAnalyst), point.version);
    expect(byRaiser.data?.resolveNegotiationPoint.status).toBe('RESOLVED');
    const again = await resolve(await region.tokenFor(homeOfficeAnalyst), point.version + 1);
    expect(again.errors?.[0].extensions?.rule).toBe('POINT_CLOSED');
  });
});

describe('versions of an agreement', () => {
  it('gives the second of two writers of one target CONFLICT with the current version', async () => {
    const draft = drafts[2];
    const { relationshipManager, partnershipOfficer } = peopleOf(REGION, draft.area, drafts[3].area);
    const [rm, po] = await Promise.all([region.tokenFor(relationshipManager), region.tokenFor(partnershipOfficer)]);
    const added = await region.query<{ addTarget: { id: string; version: number } }>(ADD_TARGET, {
      token: po,
      variables: {
        input: {
          agreementId: draft.id,
          kind: 'DESIGNATED',
          indicatorCode: 'NI39',
          baseline: baseline(1500),
          levels: [1450, 1400, 1350],
        },
      },
    });
    const { id, version } = added.data!.addTarget;
    const [first, second] = await Promise.all([
      region.query<{ updateTarget: { version: number } }>(UPDATE, {
        token: po,
        variables: { input: { targetId: id, expectedVersion: version, levels: [1440, 1390, 1300] } },
      }),
      region.query<{ updateTarget: { version: number } }>(UPDATE, {
        token: rm,
        variables: { input: { targetId: id, expectedVersion: version, levels: [1480, 1420, 1380] } },
      }),
    ]);
    const outcomes = [first, second].map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const loser = [first, second].find((r) => r.errors)!;
    expect(loser.errors?.[0].extensions?.current).toMatchObject({ version: version + 1 });
  });

  it('compares two versions: added, removed and changed items, and by whom', async () => {
    const draft = drafts[3];
    const { relationshipManager, partnershipOfficer } = peopleOf(REGION, draft.area, drafts[0].area);
    const [rm, po] = await Promise.all([region.tokenFor(relationshipManager), region.tokenFor(partnershipOfficer)]);
    const add = (indicatorCode: string, levels: number[]) =>
      region.query<{ addTarget: { id: string; version: number } }>(ADD_TARGET, {
        token: po,
        variables: {
          input: { agreementId: draft.id, kind: 'DESIGNATED', indicatorCode, baseline: baseline(50), levels },
        },
      });
    const kept = (await add('NI1', [51, 52, 53])).data!.addTarget;
    const removed = (await add('NI8', [51, 52, 53])).data!.addTarget;
    const { data: v1 } = await region.query<History>(HISTORY, { token: rm, variables: { id: draft.id } });
    const from = v1!.agreement.version;

    await region.query(UPDATE, {
      token: rm,
      variables: { input: { targetId: kept.id, expectedVersion: kept.version, levels: [52, 54, 56] } },
    });
    await region.query(`mutation ($input: RemoveTargetInput!) { removeTarget(input: $input) { id } }`, {
      token: rm,
      variables: { input: { targetId: removed.id, expectedVersion: removed.version, reason: 'Covered by NI1' } },
    });
    const added = (await add('NI21', [51, 52, 53])).data!.addTarget;
    const { data: v2 } = await region.query<History>(HISTORY, { token: rm, variables: { id: draft.id } });
    const to = v2!.agreement.version;
    expect(to).toBe(from + 3);

    const { data, errors } = await region.query<{
      compareAgreementVersions: {
        differences: {
          itemType: string;
          action: string;
          label: string;
          before: { levels?: number[] } | null;
          after: { levels?: number[] } | null;
          changedBy: { id: string }[];
        }[];
      };
    }>(COMPARE, { token: rm, variables: { id: draft.id, from, to } });
    expect(errors).toBeUndefined();
    const byLabel = Object.fromEntries(data!.compareAgreementVersions.differences.map((d) => [d.label, d]));
    expect(byLabel['Target NI1 (DESIGNATED)']).toMatchObject({
      action: 'CHANGED',
      before: { levels: [51, 52, 53] },
      after: { levels: [52, 54, 56] },
      changedBy: [{ id: relationshipManager.id }],
    });
    expect(byLabel['Target NI8 (DESIGNATED)']).toMatchObject({
      action: 'REMOVED',
      after: null,
      changedBy: [{ id: relationshipManager.id }],
    });
    expect(byLabel['Target NI21 (DESIGNATED)']).toMatchObject({
      action: 'ADDED',
      before: null,
      changedBy: [{ id: partnershipOfficer.id }],
    });
    expect(added.id).toBeTruthy();

    const bad = await region.query(COMPARE, { token: rm, variables: { id: draft.id, from: to, to: to + 5 } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const publicCompare = await region.query(COMPARE, { variables: { id: draft.id, from, to } });
    expect(publicCompare.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
