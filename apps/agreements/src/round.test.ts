import { statementCounter } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { developmentUsers, DevelopmentUser, Role } from '@laa/identity';
import { readAreas } from '@laa/reference-data';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

const REGION: RegionCode = 'E12000001';
const codes = readAreas()
  .filter((a) => a.regionCode === REGION)
  .map((a) => a.code);
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: false });
});
afterAll(() => region?.stop());

const ROUND = `{ round { regionCode period opened notOpened areas { area { code name } stage slippageDays lateMilestones
  nextMilestone { title dueOn } agreement { id signOff { stage } } } } }`;
type RoundArea = {
  area: { code: string; name: string };
  stage: string | null;
  slippageDays: number;
  lateMilestones: number;
  nextMilestone: { title: string; dueOn: string } | null;
  agreement: { id: string } | null;
};
type Round = { regionCode: string; period: string; opened: number; notOpened: number; areas: RoundArea[] };
const OPEN_ROUND =
  'mutation ($r: ID!) { openRound(regionCode: $r) { opened { id area { code } stage } alreadyOpen { code } } }';
type Opening = { opened: { id: string; area: { code: string }; stage: string }[]; alreadyOpen: { code: string }[] };

const user = (key: string): DevelopmentUser =>
  developmentUsers(REGION, codes[0]).find((u) => u.id.startsWith(`${key}-`))!;
const as = (caller: DevelopmentUser) => region.tokenFor(caller);
const roundAs = async (caller: DevelopmentUser) => region.query<{ round: Round }>(ROUND, { token: await as(caller) });

describe('the round of a region started from an empty store', () => {
  it('lists every area, none opened, for the GO and central departments only', async () => {
    const { data, errors } = await roundAs(user('goanalyst'));
    expect(errors).toBeUndefined();
    expect(data!.round).toMatchObject({ regionCode: REGION, period: '2008-2011', opened: 0, notOpened: codes.length });
    expect(data!.round.areas.map((a) => a.area.code).sort()).toEqual([...codes].sort());
    expect(
      data!.round.areas.every(
        (a) => a.stage === null && a.agreement === null && a.slippageDays === 0 && a.nextMilestone === null,
      ),
    ).toBe(true);
    expect((await roundAs(user('analyst'))).errors).toBeUndefined();
    expect((await region.query(ROUND)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const londonRd: DevelopmentUser = {
      id: 'rd-london',
      name: 'RD of London',
      grants: [{ role: Role.REGIONAL_DIRECTOR, region: 'E12000007' }],
    };
    for (const caller of [user('po'), user('cllr'), londonRd])
      expect((await roundAs(caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('opens every area without an agreement once, and costs the same statements for one area opened as for all', async () => {
    const rm = await as(user('rm'));
    const first = await region.query<{ openAgreement: { id: string } }>(
      'mutation ($a: ID!) { openAgreement(areaCode: $a) { id } }',
      { token: rm, variables: { a: codes[0] } },
    );
    const withOne = await statementsOf(() => roundAs(user('rm')));

    expect(
      (await region.query(OPEN_ROUND, { token: await as(user('tl')), variables: { r: REGION } })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await region.query(OPEN_ROUND, { token: rm, variables: { r: 'E12000007' } })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const { data, errors } = await region.query<{ openRound: Opening }>(OPEN_ROUND, {
      token: await as(user('rd')),
      variables: { r: REGION },
    });
    expect(errors).toBeUndefined();
    expect(data!.openRound.alreadyOpen).toEqual([{ code: codes[0] }]);
    expect(data!.openRound.opened.map((a) => a.area.code).sort()).toEqual(codes.slice(1).sort());
    expect(data!.openRound.opened.every((a) => a.stage === 'PROCESS_MAP')).toBe(true);

    const again = await region.query<{ openRound: Opening }>(OPEN_ROUND, { token: rm, variables: { r: REGION } });
    expect(again.data!.openRound.opened).toEqual([]);
    expect(again.data!.openRound.alreadyOpen).toHaveLength(codes.length);

    const withAll = await statementsOf(() => roundAs(user('rm')));
    expect(withAll.result.data!.round).toMatchObject({ opened: codes.length, notOpened: 0 });
    expect(withAll.result.data!.round.areas.find((a) => a.area.code === codes[0])!.agreement).toEqual({
      id: first.data!.openAgreement.id,
      signOff: { stage: 'NOT_STARTED' },
    });
    expect(withAll.statements).toBe(withOne.statements);
  });

  it("shows each area's stage, its worst slippage, its late milestones and what is next", async () => {
    const rm = await as(user('rm'));
    const { data } = await region.query<{
      area: { agreement: { id: string; version: number; milestones: { id: string; version: number }[] } };
    }>('query ($a: String!) { area(code: $a) { agreement { id version milestones { id version } } } }', {
      token: rm,
      variables: { a: codes[1] },
    });
    const [processMap, priorities, indicators, targets] = data!.area.agreement.milestones;
    const done = (m: { id: string; version: number }, on: string) =>
      region.query(
        'mutation ($id: ID!, $v: Int!, $on: String!) { updateMilestone(input: { milestoneId: $id, expectedVersion: $v, status: DONE, completedOn: $on }) { id } }',
        { token: rm, variables: { id: m.id, v: m.version, on } },
      );
    for (const [m, on] of [
      [processMap, '2007-10-08'],
      [priorities, '2007-11-30'],
      [indicators, '2008-02-05'],
    ] as const)
      expect((await done(m, on)).errors).toBeUndefined();
    // The partnership moves its targets milestone well ahead (the template is theirs to edit): open but not late.
    const ahead = await region.query(
      'mutation ($id: ID!, $v: Int!) { updateMilestone(input: { milestoneId: $id, expectedVersion: $v, dueOn: "2099-05-29" }) { id } }',
      { token: rm, variables: { id: targets.id, v: targets.version } },
    );
    expect(ahead.errors).toBeUndefined();
    const moved = await region.query(
      'mutation ($id: ID!, $v: Int!) { advanceAgreementStage(input: { agreementId: $id, expectedVersion: $v, stage: PRIORITIES, reason: "Process map agreed" }) { stage } }',
      {
        token: rm,
        variables: { id: data!.area.agreement.id, v: data!.area.agreement.version + 4 },
      },
    );
    expect(moved.errors).toBeUndefined();

    const row = (await roundAs(user('drd'))).data!.round.areas.find((a) => a.area.code === codes[1])!;
    expect(row.stage).toBe('PRIORITIES');
    expect(row.nextMilestone).toEqual({ title: 'Target levels signed off', dueOn: '2099-05-29' });
    expect(row.lateMilestones).toBe(2);
    expect(row.slippageDays).toBe(10);
    const untouched = (await roundAs(user('drd'))).data!.round.areas.find((a) => a.area.code === codes[2])!;
    expect(untouched).toMatchObject({
      stage: 'PROCESS_MAP',
      lateMilestones: 4,
      nextMilestone: { title: 'Process map and conflict-resolution mechanism agreed', dueOn: '2007-09-28' },
    });
  });
});

async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  await run(); // warm-up: per-process caches (token keys, prepared plans) are not what is measured
  const before = statementCounter.count();
  const result = await run();
  return { result, statements: statementCounter.count() - before };
}
