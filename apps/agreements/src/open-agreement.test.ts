import { RegionCode } from '@laa/domain';
import { developmentUsers, DevelopmentUser, Role } from '@laa/identity';
import { readAreas } from '@laa/reference-data';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

const REGION: RegionCode = 'E12000001';
const areas = readAreas().filter((a) => a.regionCode === REGION);
const [first, second, third] = areas.map((a) => a.code);
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: false });
});
afterAll(() => region?.stop());

const OPEN = `mutation ($area: ID!) { openAgreement(areaCode: $area) { id stage period version area { code }
  milestones { id title dueOn owner status version } history { version summary changedBy { name } changes { itemType action } } } }`;
type Opened = {
  id: string;
  stage: string;
  period: string;
  version: number;
  area: { code: string };
  milestones: { id: string; title: string; dueOn: string; owner: string; status: string; version: number }[];
  history: {
    version: number;
    summary: string;
    changedBy: { name: string };
    changes: { itemType: string; action: string }[];
  }[];
};

const user = (key: string, area = first): DevelopmentUser =>
  developmentUsers(REGION, area).find((u) => u.id.startsWith(`${key}-`))!;
const open = async (area: string, caller?: DevelopmentUser) =>
  region.query<{ openAgreement: Opened }>(OPEN, {
    variables: { area },
    token: caller ? await region.tokenFor(caller) : undefined,
  });

describe('opening an agreement in a region started from an empty store', () => {
  it("gives the area its 2008-2011 agreement at PROCESS_MAP with the source's process map, once", async () => {
    const rm = user('rm');
    const before = await region.query<{ area: { agreement: null } }>(
      'query ($a: String!) { area(code: $a) { agreement { id } } }',
      { variables: { a: first } },
    );
    expect(before.data?.area.agreement).toBeNull();

    const { data, errors } = await open(first, rm);
    expect(errors).toBeUndefined();
    const opened = data!.openAgreement;
    expect(opened).toMatchObject({ stage: 'PROCESS_MAP', period: '2008-2011', version: 1, area: { code: first } });
    expect(opened.milestones.map(({ title, dueOn, status }) => [title, dueOn, status])).toEqual([
      ['Process map and conflict-resolution mechanism agreed', '2007-09-28', 'IN_PROGRESS'],
      ['Priority outcomes negotiated', '2007-11-30', 'PLANNED'],
      ['Indicators agreed', '2008-01-31', 'PLANNED'],
      ['Target levels signed off', '2008-05-30', 'PLANNED'],
    ]);
    expect(opened.history).toHaveLength(1);
    expect(opened.history[0]).toMatchObject({ version: 1, changedBy: { name: rm.name } });
    expect(opened.history[0].summary).toContain('Opened the 2008-2011 agreement of');
    expect(opened.history[0].changes.map((c) => `${c.itemType} ${c.action}`)).toEqual([
      'AGREEMENT ADDED',
      ...Array(4).fill('MILESTONE ADDED'),
    ]);

    const after = await region.query<{ area: { agreement: { id: string; signOff: { stage: string } } } }>(
      'query ($a: String!) { area(code: $a) { agreement { id signOff { stage } } } }',
      { variables: { a: first } },
    );
    expect(after.data?.area.agreement).toEqual({ id: opened.id, signOff: { stage: 'NOT_STARTED' } });

    const again = await open(first, user('rd'));
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'AGREEMENT_ALREADY_OPEN',
      agreementId: opened.id,
    });
  });

  it('starts a process map the partnership and GO then edit and follow', async () => {
    const { data } = await open(second, user('drd', second));
    const agreement = data!.openAgreement;
    const priorities = agreement.milestones[1];
    const po = await region.tokenFor(user('po', second));
    const moved = await region.query<{ updateMilestone: { dueOn: string; owner: string; version: number } }>(
      'mutation ($id: ID!, $v: Int!) { updateMilestone(input: { milestoneId: $id, expectedVersion: $v, dueOn: "2007-12-14", owner: "LSP Board (December meeting)" }) { dueOn owner version } }',
      { token: po, variables: { id: priorities.id, v: priorities.version } },
    );
    expect(moved.data?.updateMilestone).toEqual({
      dueOn: '2007-12-14',
      owner: 'LSP Board (December meeting)',
      version: 2,
    });
    const advanced = await region.query<{ advanceAgreementStage: { stage: string; version: number } }>(
      'mutation ($id: ID!, $v: Int!) { advanceAgreementStage(input: { agreementId: $id, expectedVersion: $v, stage: PRIORITIES, reason: "Process map agreed at the LSP Executive" }) { stage version } }',
      { token: po, variables: { id: agreement.id, v: agreement.version + 1 } },
    );
    expect(advanced.data?.advanceAgreementStage).toEqual({ stage: 'PRIORITIES', version: agreement.version + 2 });

    // Priorities shared across boundaries name real areas, of any region (Sheffield is Yorkshire's): an unknown code is refused.
    const share = (sharedWithAreas: string[]) =>
      region.query<{ addPriority: { sharedWithAreas: string[] } }>(
        'mutation ($id: ID!, $areas: [String!]!) { addPriority(input: { agreementId: $id, title: "Worklessness across the city region", sharedWithAreas: $areas }) { sharedWithAreas } }',
        { token: po, variables: { id: agreement.id, areas: sharedWithAreas } },
      );
    const unknown = await share([third, 'ZZ99']);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', unknown: ['ZZ99'] });
    expect((await share([third, '00CG'])).data?.addPriority.sharedWithAreas).toEqual([third, '00CG']);
  });

  it("refuses an unknown area, an area of another region, and callers who do not lead the region's round", async () => {
    expect((await open('99ZZ', user('rm'))).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      what: 'Area',
      key: '99ZZ',
    });
    const sheffield = readAreas().find((a) => a.name === 'Sheffield')!;
    const elsewhere = await open(sheffield.code, user('rm'));
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(elsewhere.errors?.[0].message).toContain('E12000003');
    expect((await open(third)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const otherRd: DevelopmentUser = {
      id: 'rd-london',
      name: 'RD of London',
      grants: [{ role: Role.REGIONAL_DIRECTOR, region: 'E12000007' }],
    };
    for (const caller of [
      user('tl', third),
      user('po', third),
      user('goanalyst', third),
      user('minister', third),
      otherRd,
    ]) {
      expect((await open(third, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const still = await region.query<{ area: { agreement: null } }>(
      'query ($a: String!) { area(code: $a) { agreement { id } } }',
      { variables: { a: third } },
    );
    expect(still.data?.area.agreement).toBeNull();
  });

  it('opens one agreement when two GO staff open the same area at once', async () => {
    const area = areas[3].code;
    const [a, b] = await Promise.all([open(area, user('rm', area)), open(area, user('rd', area))]);
    const outcomes = [a, b].map((r) => (r.data?.openAgreement ? 'opened' : r.errors?.[0].extensions?.rule));
    expect(outcomes.sort()).toEqual(['AGREEMENT_ALREADY_OPEN', 'opened']);
    const { data } = await region.query<{
      area: { agreement: { milestones: { id: string }[]; history: { version: number }[] } };
    }>('query ($a: String!) { area(code: $a) { agreement { milestones { id } history { version } } } }', {
      variables: { a: area },
      token: await region.tokenFor(user('rm', area)),
    });
    expect(data?.area.agreement.milestones).toHaveLength(4);
    expect(data?.area.agreement.history).toHaveLength(1);
  });
});
