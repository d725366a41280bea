import { ADD_TARGET, baseline, draftingRegion, peopleOf } from './testing/drafting';

const REGION = 'E12000003';
const { region, drafts } = draftingRegion(REGION);

const ADD_PRIORITY = `mutation ($input: AddPriorityInput!) { addPriority(input: $input) { id version tier meetsCriteria } }`;
const ASSESS = `mutation ($input: AssessPriorityInput!) { assessPriority(input: $input) { id version tier criteriaMet assessmentReason assessedBy { name } meetsCriteria } }`;
const LINK = `mutation ($input: LinkPriorityInput!) { linkPriority(input: $input) { id } }`;
const DRAFT = `query ($id: ID!) { agreement(id: $id) {
  priorities { id title tier criteriaMet assessedBy { name } sharedWithAreas }
  priorityGraph { nodes { id kind label } edges { from to kind } }
  targets { indicator { code } placeholder baselineDueBy priority { title } leadPartner { id } contributingPartners { id } }
  coverage { themes { theme targets designated local } departments { department targets inferred } themesWithoutTargets }
  milestones { title dueOn owner status slippageDays } } }`;

type Ids = { id: string; version: number };

describe('drafting from priorities to targets', () => {
  it('records priorities, assesses them against the criteria, links them by cause and effect and hangs targets on them', async () => {
    const draft = drafts[0];
    const { partnershipOfficer, relationshipManager } = peopleOf(REGION, draft.area, drafts[1].area);
    const [po, rm] = await Promise.all([region.tokenFor(partnershipOfficer), region.tokenFor(relationshipManager)]);
    const addPriority = async (title: string) =>
      (
        await region.query<{ addPriority: Ids }>(ADD_PRIORITY, {
          token: po,
          variables: { input: { agreementId: draft.id, title, description: 'From the story of place' } },
        })
      ).data!.addPriority;
    const alcohol = await addPriority('Reducing alcohol related harm');
    const violence = await addPriority('Reducing domestic violence');

    const none = await region.query(ASSESS, {
      token: rm,
      variables: {
        input: { priorityId: alcohol.id, expectedVersion: alcohol.version, criteriaMet: [], tier: 1, reason: 'n/a' },
      },
    });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'PRIORITY_CRITERIA' });
    const assessed = await region.query<{ assessPriority: Ids & { tier: number; assessedBy: { name: string } } }>(
      ASSESS,
      {
        token: rm,
        variables: {
          input: {
            priorityId: alcohol.id,
            expectedVersion: alcohol.version,
            criteriaMet: ['SHEFFIELD_LOCAL_PEOPLE', 'GOSE_SYNERGY_ACROSS_THEMES'],
            tier: 1,
            reason: "Residents' survey; cuts across health and crime",
          },
        },
      },
    );
    expect(assessed.data?.assessPriority).toMatchObject({
      tier: 1,
      assessedBy: { name: 'Demo Relationship Manager' },
      meetsCriteria: true,
    });
    const stale = await region.query(ASSESS, {
      token: rm,
      variables: {
        input: {
          priorityId: alcohol.id,
          expectedVersion: alcohol.version,
          criteriaMet: ['GOSE_ROBUST_DATA'],
          tier: 2,
          reason: 'late',
        },
      },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', current: { version: alcohol.version + 1 } });

    for (const to of [{ toIndicatorCode: 'NI39' }, { toIndicatorCode: 'NI20' }, { toPriorityId: violence.id }]) {
      const linked = await region.query(LINK, {
        token: po,
        variables: { input: { fromPriorityId: alcohol.id, description: 'contributes', ...to } },
      });
      expect(linked.errors).toBeUndefined();
    }
    // Lead and contributing partners must sit at the area's partnership table (partners publishes its members).
    const members = await region.query<{ area: { partnership: { members: { id: string }[] } } }>(
      'query ($area: String!) { area(code: $area) { partnership { members { id } } } }',
      { variables: { area: draft.area } },
    );
    const [lead, contributor] = members.data!.area.partnership.members.map((m) => m.id);
    const target = await region.query(ADD_TARGET, {
      token: po,
      variables: {
        input: {
          agreementId: draft.id,
          kind: 'DESIGNATED',
          indicatorCode: 'NI39',
          baseline: baseline(1500),
          levels: [1450, 1400, 1350],
          priorityId: alcohol.id,
          leadPartnerId: lead,
          contributingPartnerIds: [contributor],
        },
      },
    });
    expect(target.errors).toBeUndefined();
    const placeholder = await region.query(ADD_TARGET, {
      token: po,
      variables: {
        input: {
          agreementId: draft.id,
          kind: 'DESIGNATED',
          indicatorCode: 'NI20',
          baseline: { ...baseline(12), provisional: true },
          baselineDueBy: '2008-06-30',
          priorityId: alcohol.id,
        },
      },
    });
    expect(placeholder.errors).toBeUndefined();
    await region.query(`mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`, {
      token: po,
      variables: {
        input: { agreementId: draft.id, title: 'Priority outcomes agreed', dueOn: '2007-11-30', owner: 'LSP Board' },
      },
    });

    const { data, errors } = await region.query<{
      agreement: {
        priorities: { title: string; tier: number | null }[];
        priorityGraph: { nodes: { id: string; kind: string }[]; edges: { from: string; to: string; kind: string }[] };
        targets: {
          indicator: { code: string };
          placeholder: boolean;
          baselineDueBy: string | null;
          priority: { title: string };
          leadPartner: { id: string } | null;
          contributingPartners: { id: string }[];
        }[];
        coverage: {
          themes: { theme: string; targets: number }[];
          departments: { department: string }[];
          themesWithoutTargets: string[];
        };
        milestones: { title: string; status: string; slippageDays: number }[];
      };
    }>(DRAFT, { token: rm, variables: { id: draft.id } });
    expect(errors).toBeUndefined();
    const agreement = data!.agreement;
    expect(agreement.priorities.map((p) => [p.title, p.tier])).toEqual([
      ['Reducing alcohol related harm', 1],
      ['Reducing domestic violence', null],
    ]);
    expect(agreement.priorityGraph.edges).toEqual(
      expect.arrayContaining([
        { from: alcohol.id, to: 'NI39', kind: 'CONTRIBUTES_TO' },
        { from: alcohol.id, to: violence.id, kind: 'CONTRIBUTES_TO' },
        { from: alcohol.id, to: 'NI39', kind: 'MEASURED_BY' },
      ]),
    );
    expect(
      agreement.priorityGraph.nodes
        .filter((n) => n.kind === 'INDICATOR')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['NI20', 'NI39']);
    const byCode = Object.fromEntries(agreement.targets.map((t) => [t.indicator.code, t]));
    expect(byCode.NI20).toMatchObject({
      placeholder: true,
      baselineDueBy: '2008-06-30',
      priority: { title: 'Reducing alcohol related harm' },
    });
    expect(byCode.NI39).toMatchObject({
      placeholder: false,
      leadPartner: { id: lead },
      contributingPartners: [{ id: contributor }],
    });
    expect(agreement.coverage.themes.reduce((sum, t) => sum + t.targets, 0)).toBe(2);
    expect(agreement.coverage.departments.length).toBeGreaterThan(0);
    expect(agreement.coverage.themesWithoutTargets).toContain('CHILDREN_AND_YOUNG_PEOPLE');
    const added = agreement.milestones.find((m) => m.title === 'Priority outcomes agreed');
    expect(added).toMatchObject({ status: 'PLANNED' });
    expect(added!.slippageDays).toBeGreaterThan(0);
  });

  it("shows a priority shared by several areas in each area's agreement", async () => {
    const [home, neighbour] = [drafts[1], drafts[2]];
    const { partnershipOfficer } = peopleOf(REGION, home.area, neighbour.area);
    const { relationshipManager } = peopleOf(REGION, neighbour.area, home.area);
    const shared = await region.query<{ addPriority: Ids }>(ADD_PRIORITY, {
      token: await region.tokenFor(partnershipOfficer),
      variables: {
        input: {
          agreementId: home.id,
          title: 'Worklessness across the city region',
          sharedWithAreas: [neighbour.area],
        },
      },
    });
    expect(shared.errors).toBeUndefined();
    const { data } = await region.query<{ agreement: { sharedPriorities: { id: string; title: string }[] } }>(
      'query ($id: ID!) { agreement(id: $id) { sharedPriorities { id title } } }',
      { token: await region.tokenFor(relationshipManager), variables: { id: neighbour.id } },
    );
    expect(data?.agreement.sharedPriorities).toEqual([
      { id: shared.data!.addPriority.id, title: 'Worklessness across the city region' },
    ]);
  });

  it('lets a milestone slip and records when it is done', async () => {
    const draft = drafts[3];
    const { partnershipOfficer } = peopleOf(REGION, draft.area, drafts[0].area);
    const po = await region.tokenFor(partnershipOfficer);
    const added = await region.query<{ addMilestone: Ids }>(
      `mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }`,
      {
        token: po,
        variables: {
          input: {
            agreementId: draft.id,
            title: 'Indicators agreed',
            dueOn: '2008-01-31',
            owner: 'GO and LSP Executive',
          },
        },
      },
    );
    const done = await region.query<{ updateMilestone: { status: string; completedOn: string; slippageDays: number } }>(
      `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { status completedOn slippageDays } }`,
      {
        token: po,
        variables: {
          input: {
            milestoneId: added.data!.addMilestone.id,
            expectedVersion: 1,
            status: 'DONE',
            completedOn: '2008-02-14',
          },
        },
      },
    );
    expect(done.data?.updateMilestone).toEqual({ status: 'DONE', completedOn: '2008-02-14', slippageDays: 14 });
  });
});

describe('the demo negotiation data', () => {
  it('gives every agreement a synthetic process map, and drafts with targets priorities linked by cause and effect', async () => {
    const { relationshipManager } = peopleOf(REGION, '00CG', '00DA');
    const { data } = await region.query<{
      areas: {
        agreement: {
          stage: string;
          targets: { id: string }[];
          milestones: { synthetic: boolean; status: string }[];
          priorities: { synthetic: boolean }[];
          priorityGraph: { edges: unknown[] };
          openNegotiationPointCount: number;
        };
      }[];
    }>(
      '{ areas { agreement { stage targets { id } milestones { synthetic status } priorities { synthetic } priorityGraph { edges { kind } } openNegotiationPointCount } } }',
      { token: await region.tokenFor(relationshipManager) },
    );
    const agreements = data!.areas.map((a) => a.agreement);
    expect(agreements.every((a) => a.milestones.filter((m) => m.synthetic).length === 4)).toBe(true);
    const drafting = agreements.filter((a) => ['TARGETS', 'SUBMITTED'].includes(a.stage));
    expect(drafting.length).toBeGreaterThan(0);
    expect(
      drafting.every(
        (a) => a.priorities.length >= 2 && a.priorities.every((p) => p.synthetic) && a.priorityGraph.edges.length >= 3,
      ),
    ).toBe(true);
    expect(drafting.filter((a) => a.stage === 'TARGETS').every((a) => a.openNegotiationPointCount >= 1)).toBe(true);
  });
});

const ADD_PRIORITY_IDS = 'mutation ($input: AddPriorityInput!) { addPriority(input: $input) { id version } }';
const UPDATE_PRIORITY =
  'mutation ($input: UpdatePriorityInput!) { updatePriority(input: $input) { id version title description sharedWithAreas } }';
const REMOVE_PRIORITY =
  'mutation ($input: RemovePriorityInput!) { removePriority(input: $input) { id version removedAt removalReason removedBy { name } } }';
const EDITED_DRAFT = `query ($id: ID!) { agreement(id: $id) { priorities { id title } removedPriorities { id title removalReason removedBy { name } }
  priorityGraph { edges { from to } } targets { id version priority { id } }
  history { summary changes { itemType action label before after } } } }`;
type EditedDraft = {
  priorities: { id: string; title: string }[];
  removedPriorities: { id: string; title: string; removalReason: string; removedBy: { name: string } }[];
  priorityGraph: { edges: { from: string; to: string }[] };
  targets: { id: string; version: number; priority: { id: string } | null }[];
  history: {
    summary: string;
    changes: {
      itemType: string;
      action: string;
      label: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
  }[];
};

describe('editing and removing priorities', () => {
  it('changes a priority with its history, and removes one only once no target serves it', async () => {
    // Drafts the tests above leave alone.
    const [draft, neighbour] = drafts.slice(-2);
    const { partnershipOfficer, relationshipManager, outsider } = peopleOf(REGION, draft.area, neighbour.area);
    const [po, rm] = await Promise.all([region.tokenFor(partnershipOfficer), region.tokenFor(relationshipManager)]);
    const add = async (title: string, sharedWithAreas: string[] = []) =>
      (
        await region.query<{ addPriority: Ids }>(ADD_PRIORITY_IDS, {
          token: po,
          variables: { input: { agreementId: draft.id, title, sharedWithAreas } },
        })
      ).data!.addPriority;
    const jobs = await add('Worklessness', [neighbour.area]);
    const skills = await add('Adult skills');
    await region.query(
      'mutation ($f: ID!, $t: ID!) { linkPriority(input: { fromPriorityId: $f, toPriorityId: $t }) { id } }',
      { token: po, variables: { f: skills.id, t: jobs.id } },
    );

    const edited = await region.query<{ updatePriority: Ids & { title: string; description: string } }>(
      UPDATE_PRIORITY,
      {
        token: rm,
        variables: {
          input: {
            priorityId: jobs.id,
            expectedVersion: jobs.version,
            title: 'Worklessness in the coalfield wards',
            description: 'Jobcentre Plus data',
          },
        },
      },
    );
    expect(edited.data?.updatePriority).toMatchObject({
      title: 'Worklessness in the coalfield wards',
      description: 'Jobcentre Plus data',
      version: jobs.version + 1,
    });
    expect(
      (
        await region.query(UPDATE_PRIORITY, {
          token: rm,
          variables: { input: { priorityId: jobs.id, expectedVersion: jobs.version, title: 'Late' } },
        })
      ).errors?.[0].extensions,
    ).toMatchObject({ code: 'CONFLICT', current: { version: jobs.version + 1 } });
    expect(
      (
        await region.query(UPDATE_PRIORITY, {
          token: await region.tokenFor(outsider),
          variables: { input: { priorityId: jobs.id, expectedVersion: jobs.version + 1, title: 'Not mine' } },
        })
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');

    const target = await region.query<{ addTarget: Ids }>(ADD_TARGET, {
      token: po,
      variables: {
        input: {
          agreementId: draft.id,
          kind: 'DESIGNATED',
          indicatorCode: 'NI152',
          baseline: baseline(9),
          priorityId: jobs.id,
        },
      },
    });
    expect(target.errors).toBeUndefined();
    const remove = (version: number) =>
      region.query<{ removePriority: { removedAt: string; removalReason: string; removedBy: { name: string } } }>(
        REMOVE_PRIORITY,
        {
          token: rm,
          variables: {
            input: {
              priorityId: jobs.id,
              expectedVersion: version,
              reason: 'Dropped at the LSP Board: covered by the MAA',
            },
          },
        },
      );
    expect((await remove(jobs.version + 1)).errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'PRIORITY_HAS_TARGETS',
      targets: [target.data!.addTarget.id],
    });
    const untied = await region.query('mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }', {
      token: po,
      variables: {
        input: {
          targetId: target.data!.addTarget.id,
          expectedVersion: target.data!.addTarget.version,
          priorityId: null,
        },
      },
    });
    expect(untied.errors).toBeUndefined();
    const removed = await remove(jobs.version + 1);
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.removePriority).toMatchObject({
      removalReason: 'Dropped at the LSP Board: covered by the MAA',
      removedBy: { name: relationshipManager.name },
    });

    const { data } = await region.query<{ agreement: EditedDraft }>(EDITED_DRAFT, {
      token: rm,
      variables: { id: draft.id },
    });
    const agreement = data!.agreement;
    expect(agreement.priorities.map((p) => p.title)).toEqual(['Adult skills']);
    expect(agreement.removedPriorities).toEqual([
      {
        id: jobs.id,
        title: 'Worklessness in the coalfield wards',
        removalReason: 'Dropped at the LSP Board: covered by the MAA',
        removedBy: { name: relationshipManager.name },
      },
    ]);
    expect(agreement.priorityGraph.edges.filter((e) => e.from === jobs.id || e.to === jobs.id)).toEqual([]);
    const [removal, , , change] = agreement.history;
    expect(removal.summary).toBe(
      'Removed Priority "Worklessness in the coalfield wards": Dropped at the LSP Board: covered by the MAA',
    );
    expect(removal.changes.map((c) => `${c.itemType} ${c.action}`)).toEqual([
      'PRIORITY REMOVED',
      'PRIORITY_LINK REMOVED',
    ]);
    expect(change.changes[0]).toMatchObject({
      action: 'CHANGED',
      before: { title: 'Worklessness' },
      after: { title: 'Worklessness in the coalfield wards', description: 'Jobcentre Plus data' },
    });

    const neighbourView = await region.query<{ agreement: { sharedPriorities: { id: string }[] } }>(
      'query ($id: ID!) { agreement(id: $id) { sharedPriorities { id } } }',
      { token: rm, variables: { id: neighbour.id } },
    );
    expect(neighbourView.data?.agreement.sharedPriorities).toEqual([]);
    expect((await remove(jobs.version + 2)).errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'PRIORITY_REMOVED',
    });
    const retie = await region.query(ADD_TARGET, {
      token: po,
      variables: {
        input: {
          agreementId: draft.id,
          kind: 'LOCAL',
          indicatorCode: 'NI153',
          baseline: baseline(20),
          priorityId: jobs.id,
        },
      },
    });
    expect(retie.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
