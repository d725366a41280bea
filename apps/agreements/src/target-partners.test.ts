import { ADD_TARGET, baseline, DraftAgreement, draftingRegion, peopleOf } from './testing/drafting';

const REGION = 'E12000003';
const { region, drafts } = draftingRegion(REGION);

type Error = { message: string; extensions?: Record<string, unknown> };
const firstError = (response: { errors?: Error[] }) => response.errors?.[0];

async function membersOf(area: string): Promise<string[]> {
  const { data } = await region.query<{ area: { partnership: { members: { id: string }[] } } }>(
    'query ($area: String!) { area(code: $area) { partnership { members { id } } } }',
    { variables: { area } },
  );
  return data!.area.partnership.members.map((m) => m.id);
}

const rmToken = (draft: DraftAgreement) => region.tokenFor(peopleOf(REGION, draft.area, '00CG').relationshipManager);

describe('lead and contributing partners', () => {
  it("must be members of the area's partnership, on adding and on changing a target", async () => {
    const [draft, other] = drafts;
    const token = await rmToken(draft);
    const [own, otherMember] = [await membersOf(draft.area), (await membersOf(other.area))[0]];
    const input = { agreementId: draft.id, kind: 'DESIGNATED', indicatorCode: 'NI1', baseline: baseline(60) };

    const outsiderLead = await region.query(ADD_TARGET, {
      token,
      variables: { input: { ...input, leadPartnerId: otherMember } },
    });
    expect(firstError(outsiderLead)?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'PARTNER_NOT_MEMBER' });
    expect(firstError(outsiderLead)?.message).toContain(`is not a member of area ${draft.area}'s partnership`);

    const added = await region.query<{ addTarget: { id: string; version: number } }>(ADD_TARGET, {
      token,
      variables: { input: { ...input, leadPartnerId: own[0], contributingPartnerIds: [own[1]] } },
    });
    expect(added.errors).toBeUndefined();
    const { id, version } = added.data!.addTarget;

    const outsiderContributor = await region.query(
      'mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }',
      {
        token,
        variables: { input: { targetId: id, expectedVersion: version, contributingPartnerIds: [own[1], otherMember] } },
      },
    );
    expect(firstError(outsiderContributor)?.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'PARTNER_NOT_MEMBER',
    });
    expect(firstError(outsiderContributor)?.message).toContain('contributing partner');
    const read = await region.query<{
      agreement: { targets: { version: number; contributingPartners: { id: string }[] }[] };
    }>('query ($id: ID!) { agreement(id: $id) { targets { version contributingPartners { id } } } }', {
      token,
      variables: { id: draft.id },
    });
    expect(read.data?.agreement.targets).toEqual([{ version, contributingPartners: [{ id: own[1] }] }]);
  });
});

const RAISE = `mutation ($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { id } }`;
const POINTS = `query ($id: ID!) { agreement(id: $id) { openNegotiationPointCount version
  negotiationPoints(includeClosed: true) { id status thread { kind text by { name } } }
  history { version summary changedBy { name } changes { itemType action } } } }`;

type Points = {
  agreement: {
    openNegotiationPointCount: number;
    version: number;
    negotiationPoints: { id: string; status: string; thread: { kind: string; text: string; by: { name: string } }[] }[];
    history: {
      version: number;
      summary: string;
      changedBy: { name: string };
      changes: { itemType: string; action: string }[];
    }[];
  };
};

describe('removing a target', () => {
  it('withdraws its open negotiation points with the reason, in the same change', async () => {
    const draft = drafts[2];
    const { relationshipManager, analyst } = peopleOf(REGION, draft.area, '00CG');
    const token = await region.tokenFor(relationshipManager);
    const added = await region.query<{ addTarget: { id: string; version: number } }>(ADD_TARGET, {
      token,
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
    const target = added.data!.addTarget;
    const raise = async (
      who: string,
      title: string,
      subject: Record<string, string> = { subjectKind: 'TARGET', subjectRef: target.id },
    ) =>
      (
        await region.query<{ raiseNegotiationPoint: { id: string } }>(RAISE, {
          token: who,
          variables: {
            input: { agreementId: draft.id, ...subject, title, detail: 'The level is not ambitious enough' },
          },
        })
      ).data!.raiseNegotiationPoint.id;
    const points = [
      await raise(await region.tokenFor(analyst), 'DCSF: too modest'),
      await raise(token, 'GO: check the baseline'),
    ];
    const againstAgreement = await raise(token, 'Unrelated point', { subjectKind: 'AGREEMENT' });

    const removed = await region.query('mutation ($input: RemoveTargetInput!) { removeTarget(input: $input) { id } }', {
      token,
      variables: {
        input: {
          targetId: target.id,
          expectedVersion: target.version,
          reason: 'Folded into the alcohol harm priority',
        },
      },
    });
    expect(removed.errors).toBeUndefined();

    const { data } = await region.query<Points>(POINTS, { token, variables: { id: draft.id } });
    const byId = new Map(data!.agreement.negotiationPoints.map((p) => [p.id, p]));
    for (const id of points) {
      expect(byId.get(id)?.status).toBe('WITHDRAWN');
      expect(byId.get(id)?.thread.at(-1)).toMatchObject({
        kind: 'WITHDRAWN',
        text: 'Withdrawn because target NI39 was removed: Folded into the alcohol harm priority',
        by: { name: relationshipManager.name },
      });
    }
    expect(byId.get(againstAgreement)?.status).toBe('OPEN');
    expect(data!.agreement.openNegotiationPointCount).toBe(1);
    const [latest] = data!.agreement.history;
    expect(latest.summary).toBe(
      'Removed Target NI39 (DESIGNATED): Folded into the alcohol harm priority (withdrew 2 open negotiation points)',
    );
    expect(latest.changedBy.name).toBe(relationshipManager.name);
    expect(latest.changes).toEqual([
      { itemType: 'TARGET', action: 'REMOVED' },
      { itemType: 'NEGOTIATION_POINT', action: 'CHANGED' },
      { itemType: 'NEGOTIATION_POINT', action: 'CHANGED' },
    ]);
  });
});

describe("a target's local reason and a baseline from the evidence", () => {
  it('keeps a local reason, changes it and records it in the history', async () => {
    const draft = drafts[3];
    const token = await rmToken(draft);
    const added = await region.query<{ addTarget: { id: string; version: number } }>(ADD_TARGET, {
      token,
      variables: {
        input: {
          agreementId: draft.id,
          kind: 'DESIGNATED',
          indicatorCode: 'NI8',
          baseline: baseline(40),
          localReason: 'Volunteering is central to our story of place',
        },
      },
    });
    const { id, version } = added.data!.addTarget;
    const cleared = await region.query('mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }', {
      token,
      variables: { input: { targetId: id, expectedVersion: version, localReason: null } },
    });
    expect(cleared.errors).toBeUndefined();
    const { data } = await region.query<{
      agreement: {
        targets: { localReason: string | null }[];
        history: {
          changes: { before: { localReason?: string } | null; after: { localReason?: string | null } | null }[];
        }[];
      };
    }>('query ($id: ID!) { agreement(id: $id) { targets { localReason } history { changes { before after } } } }', {
      token,
      variables: { id: draft.id },
    });
    expect(data!.agreement.targets[0].localReason).toBeNull();
    expect(data!.agreement.history[0].changes[0]).toMatchObject({
      before: { localReason: 'Volunteering is central to our story of place' },
      after: { localReason: null },
    });
  });

  it("takes the area's figure of record from the evidence when asked to", async () => {
    const draft = drafts[3];
    const token = await rmToken(draft);
    const indicator = 'NI116';
    const evidence = await region.query<{
      area: { indicatorEvidence: { baseline: { status: string; period: string; value: number } } };
    }>(
      'query ($area: String!, $indicator: String!) { area(code: $area) { indicatorEvidence(indicator: $indicator) { baseline { status period value } } } }',
      { token, variables: { area: draft.area, indicator } },
    );
    const offered = evidence.data!.area.indicatorEvidence.baseline;
    const added = await region.query<{ addTarget: { id: string } }>(ADD_TARGET, {
      token,
      variables: {
        input: {
          agreementId: draft.id,
          kind: 'DESIGNATED',
          indicatorCode: indicator,
          baselineFromEvidence: true,
          baselineDueBy: '2008-09-30',
        },
      },
    });
    expect(added.errors).toBeUndefined();
    const { data } = await region.query<{
      agreement: {
        targets: {
          indicatorCode: string;
          placeholder: boolean;
          baseline: { value: number; period: string; source: string; provisional: boolean } | null;
        }[];
      };
    }>(
      'query ($id: ID!) { agreement(id: $id) { targets { indicatorCode placeholder baseline { value period source provisional } } } }',
      { token, variables: { id: draft.id } },
    );
    const target = data!.agreement.targets.find((t) => t.indicatorCode === indicator)!;
    expect(offered.status).not.toBe('PLACEHOLDER');
    expect(target.baseline).toMatchObject({
      value: offered.value,
      period: offered.period,
      provisional: offered.status === 'PROVISIONAL',
    });
    expect(target.baseline?.source).toContain('Evidence base (figure of record)');
    expect(target.placeholder).toBe(offered.status === 'PROVISIONAL');
  });
});
