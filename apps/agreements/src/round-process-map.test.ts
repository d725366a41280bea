import { RegionCode } from '@laa/domain';
import { developmentUsers, DevelopmentUser } from '@laa/identity';
import { readAreas } from '@laa/reference-data';
import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';
import { PROCESS_MAP_TEMPLATE } from './rules/process-map';

const REGION: RegionCode = 'E12000002';
const codes = readAreas()
  .filter((a) => a.regionCode === REGION)
  .map((a) => a.code)
  .sort();
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: false });
});
afterAll(() => region?.stop());

const user = (key: string): DevelopmentUser =>
  developmentUsers(REGION, codes[0]).find((u) => u.id.startsWith(`${key}-`))!;
const run = async <D>(who: string, query: string, variables: Record<string, unknown> = {}) =>
  region.query<D>(query, { variables, token: await region.tokenFor(user(who)) });

const PROCESS_MAP = '{ round { processMap { fromSource version changedBy milestones { title dueOn owner stage } } } }';
const SET =
  'mutation ($input: SetRoundProcessMapInput!) { setRoundProcessMap(input: $input) { version fromSource milestones { title dueOn stage } } }';
const ROUND = '{ round { areas { area { code } stage behindTemplateDays missedTemplateMilestone { title } } } }';
type RoundArea = {
  area: { code: string };
  stage: string | null;
  behindTemplateDays: number;
  missedTemplateMilestone: { title: string } | null;
};
const ADVANCE =
  'mutation ($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { stage version } }';

/** The region's own timetable: a process map agreed late September, priorities by mid-November, targets far ahead. */
const TEMPLATE = [
  { title: 'Targets signed off', dueOn: '2999-05-30', owner: 'LSP Board and GO', stage: 'TARGETS' },
  { title: 'Process map agreed', dueOn: '2007-09-28', owner: 'LSP Executive', stage: 'PROCESS_MAP' },
  { title: 'Priorities agreed', dueOn: '2007-11-15', owner: 'LSP Board', stage: 'PRIORITIES' },
];
const daysSince = (date: string) =>
  Math.round((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(date)) / 86_400_000);
const codesOf = (errors?: readonly { extensions?: Record<string, unknown> }[]) =>
  (errors ?? []).map((e) => e.extensions?.code);

describe("the round's process map template", () => {
  it("starts as the source's timetable: priorities by November, indicators in January, targets by spring", async () => {
    const { data, errors } = await run<{
      round: { processMap: { fromSource: boolean; version: number; changedBy: string | null; milestones: unknown[] } };
    }>('rm', PROCESS_MAP);
    expect(errors).toBeUndefined();
    expect(data!.round.processMap).toEqual({
      fromSource: true,
      version: 0,
      changedBy: null,
      milestones: PROCESS_MAP_TEMPLATE.map((m) => ({ ...m })),
    });
  });

  it("is changed by the region's round leads only, against the version read, and kept in due-date order", async () => {
    expect(codesOf((await run('tl', SET, { input: { expectedVersion: 0, milestones: TEMPLATE } })).errors)).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codesOf(
        (await run('rm', SET, { input: { expectedVersion: 0, milestones: [{ ...TEMPLATE[0], dueOn: '2008-02-30' }] } }))
          .errors,
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const { data, errors } = await run<{
      setRoundProcessMap: { version: number; fromSource: boolean; milestones: { title: string }[] };
    }>('rm', SET, { input: { expectedVersion: 0, milestones: TEMPLATE } });
    expect(errors).toBeUndefined();
    expect(data!.setRoundProcessMap.version).toBe(1);
    expect(data!.setRoundProcessMap.fromSource).toBe(false);
    expect(data!.setRoundProcessMap.milestones.map((m) => m.title)).toEqual([
      'Process map agreed',
      'Priorities agreed',
      'Targets signed off',
    ]);
    expect(codesOf((await run('rd', SET, { input: { expectedVersion: 0, milestones: TEMPLATE } })).errors)).toEqual([
      'CONFLICT',
    ]);
  });

  it("is what an agreement opened after starts with; the agreement's own milestones stay editable and keep their dates when the template changes", async () => {
    const opened = await run<{
      openAgreement: {
        id: string;
        milestones: { id: string; title: string; dueOn: string; owner: string; status: string; version: number }[];
      };
    }>(
      'rm',
      'mutation ($a: ID!) { openAgreement(areaCode: $a) { id milestones { id title dueOn owner status version } } }',
      { a: codes[0] },
    );
    expect(opened.errors).toBeUndefined();
    const milestones = opened.data!.openAgreement.milestones;
    expect(milestones.map(({ title, dueOn, owner }) => ({ title, dueOn, owner }))).toEqual(
      [TEMPLATE[1], TEMPLATE[2], TEMPLATE[0]].map(({ title, dueOn, owner }) => ({ title, dueOn, owner })),
    );
    expect(milestones.map((m) => m.status)).toEqual(['IN_PROGRESS', 'PLANNED', 'PLANNED']);

    const moved = await run<{ updateMilestone: { dueOn: string } }>(
      'po',
      'mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { dueOn } }',
      {
        input: { milestoneId: milestones[1].id, expectedVersion: milestones[1].version, dueOn: '2007-12-14' },
      },
    );
    expect(moved.data!.updateMilestone.dueOn).toBe('2007-12-14');
    await run('rm', SET, {
      input: {
        expectedVersion: 1,
        milestones: TEMPLATE.map((m) => ({ ...m, dueOn: m.dueOn.replace('2007', '2006') })),
      },
    });
    const after = await run<{ agreement: { milestones: { dueOn: string }[] } }>(
      'rm',
      'query ($id: ID!) { agreement(id: $id) { milestones { dueOn } } }',
      { id: opened.data!.openAgreement.id },
    );
    expect(after.data!.agreement.milestones.map((m) => m.dueOn)).toEqual(['2007-09-28', '2007-12-14', '2999-05-30']);
    await run('rm', SET, { input: { expectedVersion: 2, milestones: TEMPLATE } });
  });

  it("measures every area's slippage against it in the round view: from the oldest milestone whose stage the area has not passed", async () => {
    const rowOf = async (code: string) =>
      (await run<{ round: { areas: RoundArea[] } }>('rm', ROUND)).data!.round.areas.find((a) => a.area.code === code)!;
    expect(await rowOf(codes[1])).toEqual({
      area: { code: codes[1] },
      stage: null,
      behindTemplateDays: daysSince('2007-09-28'),
      missedTemplateMilestone: { title: 'Process map agreed' },
    });
    expect(await rowOf(codes[0])).toMatchObject({ stage: 'PROCESS_MAP', behindTemplateDays: daysSince('2007-09-28') });

    const agreement = (
      await run<{ area: { agreement: { id: string; version: number } } }>(
        'rm',
        'query ($a: String!) { area(code: $a) { agreement { id version } } }',
        { a: codes[0] },
      )
    ).data!.area.agreement;
    let version = agreement.version;
    for (const stage of ['PRIORITIES', 'INDICATORS']) {
      const { data } = await run<{ advanceAgreementStage: { version: number } }>('rm', ADVANCE, {
        input: { agreementId: agreement.id, expectedVersion: version, stage, reason: 'agreed' },
      });
      version = data!.advanceAgreementStage.version;
      const row = await rowOf(codes[0]);
      if (stage === 'PRIORITIES')
        expect(row).toMatchObject({
          behindTemplateDays: daysSince('2007-11-15'),
          missedTemplateMilestone: { title: 'Priorities agreed' },
        });
      else expect(row).toMatchObject({ stage: 'INDICATORS', behindTemplateDays: 0, missedTemplateMilestone: null });
    }
  });
});
