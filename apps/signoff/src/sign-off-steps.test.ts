import { Department, Theme } from '@laa/domain';
import { Role, RoleGrant } from '@laa/identity';
import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';
import { leadPartnerBodies } from './testing/people';

const REGION = 'E12000008';
const ORDER = ['NOT_STARTED', 'LSP_SIGNED_OFF', 'PARTNERS_AGREED', 'TARGETS_SIGNED_OFF', 'RD_RECOMMENDED', 'SIGNED'];
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion(REGION);
});
afterAll(() => region?.stop());

interface AreaAgreement {
  code: string;
  agreement: { id: string; stage: string; signOff: { stage: string; version: number } };
}

const TAKE = `mutation ($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }`;

const person = (role: Role, scope: Partial<RoleGrant>, name = `${role} person`) => ({
  id: `${role}-${scope.area ?? scope.region ?? 'national'}`,
  name,
  grants: [{ role, ...scope }],
});

async function areas(): Promise<AreaAgreement[]> {
  const { data } = await region.query<{ areas: AreaAgreement[] }>(
    '{ areas { code agreement { id stage signOff { stage version } } } }',
  );
  return data!.areas;
}

const GOVERNING_BODIES = [
  { organisation: 'County Council', body: 'Cabinet', agreedOn: '2008-05-01' },
  { organisation: 'PCT', body: 'PCT Board', agreedOn: '2008-05-08' },
];

async function take(user: ReturnType<typeof person>, agreementId: string, stage: string, expectedVersion: number) {
  const token = await region.tokenFor(user);
  const governingBodies =
    stage === 'PARTNERS_AGREED'
      ? [...GOVERNING_BODIES, ...(await leadPartnerBodies(region, token, agreementId))]
      : undefined;
  return region.query<{ takeSignOffStep: { stage: string; version: number } }>(TAKE, {
    variables: { input: { agreementId, stage, expectedVersion, reason: `${stage} after review`, governingBodies } },
    token,
  });
}

interface AgreementTarget {
  id: string;
  version: number;
  kind: string;
  indicator: { code: string; department: string | null };
}

/** The department whose confirmation signs a target off: DCSF for the statutory set, else the indicator's (any, here CLG, where it has none). */
const confirmingDepartment = (target: AgreementTarget) =>
  target.kind === 'STATUTORY_DCSF' ? 'DCSF' : (target.indicator.department ?? 'CLG');

const signOffTarget = (
  target: { id: string; version: number },
  department: string,
  token: string,
  confirmedOn = '2008-05-20',
) =>
  region.query<{ signOffTarget: { valid: boolean; departmentConfirmation: { department: string } } }>(
    'mutation ($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid departmentConfirmation { department } } }',
    {
      variables: {
        input: {
          targetId: target.id,
          targetVersion: target.version,
          departmentConfirmation: { department, confirmedBy: 'Department contact', confirmedOn },
        },
      },
      token,
    },
  );

/** What each step needs first: every target signed off by a theme lead; Cabinet consulted before the signature. */
async function meetConditions(stage: string, agreementId: string, takers: Record<string, ReturnType<typeof person>>) {
  if (stage === 'TARGETS_SIGNED_OFF') {
    const token = await region.tokenFor(takers.TARGETS_SIGNED_OFF);
    const { data } = await region.query<{ agreement: { targets: AgreementTarget[] } }>(
      'query ($id: ID!) { agreement(id: $id) { targets { id version kind indicator { code department } } } }',
      { variables: { id: agreementId }, token },
    );
    for (const target of data!.agreement.targets) {
      const { errors } = await signOffTarget(target, confirmingDepartment(target), token);
      expect(errors).toBeUndefined();
    }
  }
  if (stage === 'SIGNED') {
    const { errors } = await region.query(
      'mutation ($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }',
      {
        variables: { input: { agreementId, colleagues: ['Home Secretary'], outcome: 'No objections' } },
        token: await region.tokenFor(takers.SIGNED),
      },
    );
    expect(errors).toBeUndefined();
  }
}

describe('taking sign-off steps', () => {
  it("walks the chain to Ministers' signature, each step by its own role, and keeps who and why", async () => {
    const submitted = (await areas()).filter(
      (a) => a.agreement.stage === 'SUBMITTED' && a.agreement.signOff.stage !== 'SIGNED',
    );
    expect(submitted.length).toBeGreaterThan(0);
    const { code, agreement } = submitted.sort(
      (a, b) => ORDER.indexOf(a.agreement.signOff.stage) - ORDER.indexOf(b.agreement.signOff.stage),
    )[0];
    const takers: Record<string, ReturnType<typeof person>> = {
      LSP_SIGNED_OFF: person(Role.PARTNERSHIP_OFFICER, { region: REGION, area: code }),
      PARTNERS_AGREED: person(Role.PARTNERSHIP_OFFICER, { region: REGION, area: code }),
      TARGETS_SIGNED_OFF: person(Role.THEME_LEAD, { region: REGION, themes: Object.values(Theme) }),
      RD_RECOMMENDED: person(Role.REGIONAL_DIRECTOR, { region: REGION }, 'Regional Director'),
      SIGNED: person(Role.MINISTER, { department: Department.CLG }, 'Minister for Local Government'),
    };
    let version = agreement.signOff.version;
    for (const stage of ORDER.slice(ORDER.indexOf(agreement.signOff.stage) + 1)) {
      const analyst = await take(
        person(Role.DEPARTMENT_ANALYST, { department: Department.DCSF }),
        agreement.id,
        stage,
        version,
      );
      expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const otherArea = await take(
        person(Role.PARTNERSHIP_OFFICER, { region: REGION, area: 'XX' }),
        agreement.id,
        stage,
        version,
      );
      expect(otherArea.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const stale = await take(takers[stage], agreement.id, stage, version + 3);
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', current: { version } });
      const after = ORDER[ORDER.indexOf(stage) + 1];
      if (after) {
        const skipping = await take(takers[after], agreement.id, after, version);
        expect(skipping.errors?.[0].message).toMatch(/the next step is/);
      }
      await meetConditions(stage, agreement.id, takers);
      const { data, errors } = await take(takers[stage], agreement.id, stage, version);
      expect(errors).toBeUndefined();
      expect(data?.takeSignOffStep).toEqual({ stage, version: version + 1 });
      version += 1;
    }
    const { data } = await region.query<{
      agreement: { signOff: { steps: { stage: string; takenBy: string; reason: string }[] } };
    }>('query ($id: ID!) { agreement(id: $id) { signOff { steps { stage takenBy reason } } } }', {
      variables: { id: agreement.id },
      token: await region.tokenFor(takers.RD_RECOMMENDED),
    });
    const steps = data!.agreement.signOff.steps;
    expect(steps.map((s) => s.stage)).toEqual(ORDER.slice(1));
    expect(steps[steps.length - 1]).toMatchObject({
      takenBy: expect.stringContaining('Minister for Local Government'),
      reason: 'SIGNED after review',
    });
  });

  it('lets the LSP sign off the draft only once it has signed off the latest version of the story of place', async () => {
    // A draft at the targets stage, submitted for sign-off by its partnership officer.
    const { code, agreement } = (await areas()).find((a) => a.agreement.stage === 'TARGETS')!;
    const officer = person(Role.PARTNERSHIP_OFFICER, { region: REGION, area: code }, 'Pat Officer');
    const token = await region.tokenFor(officer);
    const draft = await region.query<{ agreement: { version: number } }>(
      'query ($id: ID!) { agreement(id: $id) { version } }',
      { variables: { id: agreement.id }, token },
    );
    const submitted = await region.query(
      'mutation ($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { stage } }',
      {
        variables: {
          input: {
            agreementId: agreement.id,
            expectedVersion: draft.data!.agreement.version,
            stage: 'SUBMITTED',
            reason: 'Agreed by the LSP executive',
          },
        },
        token,
      },
    );
    expect(submitted.errors).toBeUndefined();
    const story = await region.query<{ area: { storyOfPlace: { version: number } } }>(
      `{ area(code: "${code}") { storyOfPlace { version } } }`,
      { token },
    );
    const current = story.data!.area.storyOfPlace.version;
    const written = await region.query(
      'mutation ($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { version } }',
      {
        variables: {
          input: {
            area: code,
            expectedVersion: current,
            placeToday: 'A county of market towns and a changing coast.',
            ambition: 'Thriving towns with good jobs for young people.',
            claims: [],
          },
        },
        token,
      },
    );
    expect(written.errors).toBeUndefined();

    const refused = await take(officer, agreement.id, 'LSP_SIGNED_OFF', 0);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'lsp-sign-off-not-ready',
      missing: [{ kind: 'STORY_OF_PLACE', label: `Story of place, version ${current + 1}` }],
    });
    expect(refused.errors?.[0].message).toContain(
      `the LSP has not signed off version ${current + 1} of the story of place`,
    );
    const readiness = await region.query<{
      agreement: { signOff: { readiness: { ready: boolean; blockers: { kind: string }[] } } };
    }>('query ($id: ID!) { agreement(id: $id) { signOff { readiness { ready blockers { kind } } } } }', {
      variables: { id: agreement.id },
      token,
    });
    expect(readiness.data!.agreement.signOff.readiness).toEqual({
      ready: false,
      blockers: [{ kind: 'STORY_OF_PLACE' }],
    });

    const signed = await region.query(
      'mutation ($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { version } }',
      {
        variables: { input: { area: code, version: current + 1, note: 'LSP board, May 2008' } },
        token,
      },
    );
    expect(signed.errors).toBeUndefined();
    const { data, errors } = await take(officer, agreement.id, 'LSP_SIGNED_OFF', 0);
    expect(errors).toBeUndefined();
    expect(data?.takeSignOffStep).toEqual({ stage: 'LSP_SIGNED_OFF', version: 1 });
  });

  it('lets a theme lead sign off a target only with the confirmation of the department that answers for it', async () => {
    // A draft being agreed, not yet past the theme leads (the LSP's above, now submitted).
    const { code, agreement } = (await areas()).find(
      (a) =>
        ['TARGETS', 'SUBMITTED'].includes(a.agreement.stage) &&
        ORDER.indexOf(a.agreement.signOff.stage) < ORDER.indexOf('TARGETS_SIGNED_OFF'),
    )!;
    const officer = person(Role.PARTNERSHIP_OFFICER, { region: REGION, area: code });
    const themeLead = await region.tokenFor(
      person(Role.THEME_LEAD, { region: REGION, themes: Object.values(Theme) }, 'Tara Lead'),
    );
    const { data: reference } = await region.query<{
      indicators: { code: string; department: string | null; statutoryDcsf: boolean }[];
    }>('{ indicators { code department statutoryDcsf } }');
    const target = async (
      pick: (i: { code: string; department: string | null; statutoryDcsf: boolean }) => boolean,
      kind = 'DESIGNATED',
    ): Promise<AgreementTarget> => {
      const read = async () =>
        (
          await region.query<{ agreement: { targets: AgreementTarget[] } }>(
            'query ($id: ID!) { agreement(id: $id) { targets { id version kind indicator { code department } } } }',
            { variables: { id: agreement.id }, token: themeLead },
          )
        ).data!.agreement.targets;
      const held = await read();
      const existing = held.find(
        (t) => t.kind === kind && pick(reference!.indicators.find((i) => i.code === t.indicator.code)!),
      );
      if (existing) return existing;
      const indicator = reference!.indicators.find((i) => pick(i) && !held.some((t) => t.indicator.code === i.code))!;
      const added = await region.query('mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }', {
        variables: {
          input: { agreementId: agreement.id, kind, indicatorCode: indicator.code, baselineDueBy: '2008-12-31' },
        },
        token: await region.tokenFor(officer),
      });
      expect(added.errors).toBeUndefined();
      return (await read()).find((t) => t.indicator.code === indicator.code)!;
    };

    // A designated target whose indicator has a department in the reference data: that department, and it alone, confirms it.
    const departmental = await target(
      (i) => !!i.department && !i.statutoryDcsf && i.department !== 'CLG' && i.code !== 'NI185' && i.code !== 'NI186',
    );
    const department = departmental.indicator.department!;
    const refused = await signOffTarget(departmental, 'CLG', themeLead);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'confirming-department',
      requiredDepartment: department,
    });
    expect(refused.errors?.[0].message).toMatch(
      new RegExp(
        `^${departmental.indicator.code} \\(designated\\) measures an indicator of ${department} \\(.+\\) in the reference data: it must be confirmed by ${department} \\(.+\\), not CLG \\(Communities and Local Government\\)$`,
      ),
    );
    const confirmed = await signOffTarget(departmental, department, themeLead);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.signOffTarget).toEqual({ valid: true, departmentConfirmation: { department } });

    // No department in the reference data: whichever department confirms is accepted.
    const open = await target((i) => !i.department && !i.statutoryDcsf);
    expect(open.indicator.department).toBeNull();
    expect((await signOffTarget(open, 'DH', themeLead)).errors).toBeUndefined();

    // A statutory DCSF target: DCSF.
    const statutory = await target((i) => i.statutoryDcsf, 'STATUTORY_DCSF');
    expect((await signOffTarget(statutory, 'DH', themeLead)).errors?.[0].extensions).toMatchObject({
      rule: 'confirming-department',
      requiredDepartment: 'DCSF',
    });
    expect((await signOffTarget(statutory, 'DCSF', themeLead)).errors).toBeUndefined();

    // "Defra (DECC from Oct 2008)": Defra confirms before DECC exists, DECC too once it does.
    const carbon = await target((i) => i.code === 'NI186');
    expect((await signOffTarget(carbon, 'DECC', themeLead, '2008-06-30')).errors?.[0].extensions).toMatchObject({
      rule: 'confirming-department',
      requiredDepartment: 'DEFRA',
    });
    expect((await signOffTarget(carbon, 'DECC', themeLead, '2008-11-03')).errors).toBeUndefined();
  });

  it("marks on the board which sign-offs are synthetic: demo steps are, people's steps alone are not", async () => {
    const { data, errors } = await region.query<{
      signOffStages: { areaCode: string; stage: string; synthetic: boolean; lastStepAt: string | null }[];
    }>('{ signOffStages { areaCode stage synthetic lastStepAt } }');
    expect(errors).toBeUndefined();
    const rows = data!.signOffStages;
    // The LSP's step above was the first of its agreement, taken by a person: not synthetic.
    const real = rows.filter((r) => r.stage !== 'NOT_STARTED' && !r.synthetic);
    expect(real.length).toBeGreaterThan(0);
    // Demo steps are dated 2008; these were taken during the test.
    expect(real.every((r) => r.lastStepAt !== null && new Date(r.lastStepAt).getTime() > Date.now() - 3_600_000)).toBe(
      true,
    );
    expect(rows.filter((r) => r.synthetic).every((r) => r.stage !== 'NOT_STARTED')).toBe(true);
    expect(rows.some((r) => r.synthetic)).toBe(true);
  });

  it('refuses a draft not yet submitted, and the public', async () => {
    const draft = (await areas()).find((a) => a.agreement.stage !== 'SUBMITTED')!;
    const early = await take(
      person(Role.PARTNERSHIP_OFFICER, { region: REGION, area: draft.code }),
      draft.agreement.id,
      'LSP_SIGNED_OFF',
      0,
    );
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'RULE_VIOLATION' } });
    expect(early.errors?.[0].message).toMatch(/sign-off starts once the draft is SUBMITTED/);
    const anonymous = await region.query(TAKE, {
      variables: {
        input: { agreementId: draft.agreement.id, stage: 'LSP_SIGNED_OFF', expectedVersion: 0, reason: 'no one' },
      },
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
