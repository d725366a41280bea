import { RegionCode } from '@laa/domain';
import { developmentUsers, DevelopmentUser, PEER_HEADER, PEER_KEY_HEADER, peerKey } from '@laa/identity';
import { readAreas } from '@laa/reference-data';
import { postGraphql, TEST_AUTH_SECRET, TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { randomUUID } from 'node:crypto';
import { TargetKind } from './entities/target-kind';
import { ChosenTarget, summariseChoices } from './rules/indicator-choices';
import { Department, ReferenceStatus, Theme } from '@laa/domain';

// What Whitehall asks first (issue 14 item 6), answered by one region: which areas chose which indicator, targets by
// theme and department, statutory completeness. Signed agreements are public; drafts need a reader of the region's round.
const REGION: RegionCode = 'E12000001';
const area = readAreas().find((a) => a.regionCode === REGION)!.code;
const CHOICES = `query ($scope: ChoiceScope) { indicatorChoices(scope: $scope) { regionCode scope agreements
  indicators { indicatorCode title theme themeStatus department departmentStatus targets designated statutory local areas { code } }
  themes { theme themeStatus targets areas { code } } departments { department inferred targets }
  statutory { setInForce setStatus agreements complete incomplete { area { code } stage missing } } } }`;
interface Counts {
  targets: number;
  areas: { code: string }[];
}
interface Choices {
  regionCode: string;
  scope: string;
  agreements: number;
  indicators: (Counts & {
    indicatorCode: string;
    title: string | null;
    theme: string;
    themeStatus: string;
    department: string;
    departmentStatus: string;
    designated: number;
    statutory: number;
    local: number;
  })[];
  themes: (Counts & { theme: string; themeStatus: string })[];
  departments: { department: string; inferred: boolean; targets: number }[];
  statutory: {
    setInForce: string[];
    setStatus: string;
    agreements: number;
    complete: number;
    incomplete: { area: { code: string }; stage: string; missing: string[] }[];
  };
}
interface AreaRow {
  code: string;
  agreement: { signOff: { stage: string }; targets?: { kind: string; indicator: { code: string } }[] } | null;
}

let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: true });
}, 600_000);
afterAll(() => region?.stop());

const user = (key: string): DevelopmentUser => developmentUsers(REGION, area).find((u) => u.id.startsWith(`${key}-`))!;
const choices = async (scope: string | null, caller?: DevelopmentUser) =>
  region.query<{ indicatorChoices: Choices }>(CHOICES, {
    variables: scope ? { scope } : {},
    token: caller ? await region.tokenFor(caller) : undefined,
  });

describe('indicatorChoices through the gateway', () => {
  it('counts only signed agreements for the public, and every draft for a department analyst, agreeing with the agreements themselves', async () => {
    const drafts = await region.query<{ areas: AreaRow[] }>(
      '{ areas { code agreement { signOff { stage } targets { kind indicator { code } } } } }',
      { token: await region.tokenFor(user('analyst')) },
    );
    const withAgreement = drafts.data!.areas.filter((a) => a.agreement);
    const signed = withAgreement.filter((a) => a.agreement!.signOff.stage === 'SIGNED');

    const pub = await choices(null);
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.indicatorChoices).toMatchObject({
      regionCode: REGION,
      scope: 'SIGNED',
      agreements: signed.length,
    });
    const all = (await choices('ALL', user('analyst'))).data!.indicatorChoices;
    expect(all.agreements).toBe(withAgreement.length);

    // Each indicator's areas are exactly the areas whose agreement has a target on it.
    for (const choice of all.indicators) {
      const holders = withAgreement
        .filter((a) => a.agreement!.targets!.some((t) => t.indicator.code === choice.indicatorCode))
        .map((a) => a.code);
      expect(choice.areas.map((a) => a.code).sort()).toEqual(holders.sort());
      expect(choice.themeStatus).toBe('INFERRED');
    }
    const targetCount = withAgreement.reduce((n, a) => n + a.agreement!.targets!.length, 0);
    expect(all.themes.reduce((n, t) => n + t.targets, 0)).toBe(targetCount);
    expect(all.themes.map((t) => t.theme).sort()).toEqual(Object.values(Theme).sort());
    expect(all.statutory.setInForce.length).toBeGreaterThan(0);
    expect(all.statutory.complete + all.statutory.incomplete.length).toBe(all.agreements);
    expect(all.statutory.incomplete.every((gap) => gap.missing.length > 0)).toBe(true);
  }, 60_000);

  it("counts an agreement as signed once Ministers' signature has fenced it, for the public too", async () => {
    const token = await region.tokenFor(user('minister'));
    const { data } = await region.query<{
      areas: {
        code: string;
        agreement: {
          id: string;
          signOff: { stage: string };
          targets: { id: string; version: number; indicator: { code: string } }[];
        } | null;
      }[];
    }>('{ areas { code agreement { id signOff { stage } targets { id version indicator { code } } } } }', { token });
    const chosen = data!.areas.find(
      (a) =>
        a.agreement &&
        a.agreement.signOff.stage !== 'SIGNED' &&
        a.agreement.targets.some((t) => /^NI\d+$/.test(t.indicator.code)),
    )!;
    const before = (await choices(null)).data!.indicatorChoices;
    // As sign-off does at Ministers' signature: fence the targets at their versions, then confirm the signature.
    const asSignOff = (query: string, variables: Record<string, unknown>) =>
      postGraphql<Record<string, unknown>>(region.subgraphUrls.agreements, query, variables, token, {
        [PEER_HEADER]: 'signoff',
        [PEER_KEY_HEADER]: peerKey(TEST_AUTH_SECRET, 'signoff'),
      });
    const agreementId = chosen.agreement!.id;
    const targets = chosen.agreement!.targets.map((t) => ({ targetId: t.id, version: t.version }));
    expect(
      (
        await asSignOff('mutation ($input: FenceAgreementInput!) { fenceAgreementTargets(input: $input) }', {
          input: { agreementId, attemptId: randomUUID(), targets },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (await asSignOff('mutation ($id: ID!) { confirmAgreementFence(agreementId: $id) }', { id: agreementId })).errors,
    ).toBeUndefined();

    const after = (await choices(null)).data!.indicatorChoices;
    expect(after.agreements).toBe(before.agreements + 1);
    const national = [
      ...new Set(chosen.agreement!.targets.map((t) => t.indicator.code).filter((c) => /^NI\d+$/.test(c))),
    ];
    for (const code of national) {
      expect(after.indicators.find((i) => i.indicatorCode === code)!.areas.map((a) => a.code)).toContain(chosen.code);
    }
    expect(after.themes.reduce((n, t) => n + t.targets, 0)).toBe(
      before.themes.reduce((n, t) => n + t.targets, 0) + chosen.agreement!.targets.length,
    );
  }, 60_000);

  it("refuses drafts to the signed-out and to an area's officer, and lets the region's GO see them", async () => {
    expect((await choices('ALL')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await choices('ALL', user('po'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await choices('ALL', user('rm'))).errors).toBeUndefined();
    expect((await choices('SIGNED', user('po'))).errors).toBeUndefined();
  });
});

describe('summariseChoices', () => {
  const facts = (code: string) =>
    code === 'NI8'
      ? {
          title: 'Adult participation in sport',
          theme: Theme.SAFER_AND_STRONGER_COMMUNITIES,
          department: Department.DCMS,
          departmentStatus: ReferenceStatus.SOURCED,
        }
      : code === 'NI72'
        ? {
            title: 'Early years',
            theme: Theme.CHILDREN_AND_YOUNG_PEOPLE,
            department: Department.DCSF,
            departmentStatus: ReferenceStatus.INFERRED,
          }
        : null;
  const target = (
    agreementId: string,
    indicatorCode: string,
    kind: TargetKind,
    levels: (number | null)[] = [1, 2, 3],
  ): ChosenTarget => ({
    agreementId,
    indicatorCode,
    kind,
    theme: indicatorCode === 'NI72' ? Theme.CHILDREN_AND_YOUNG_PEOPLE : Theme.SAFER_AND_STRONGER_COMMUNITIES,
    levels,
  });
  const agreements = [
    { id: 'a', areaCode: '00CG', stage: 'TARGETS' },
    { id: 'b', areaCode: '00CC', stage: 'SUBMITTED' },
  ];

  it('says which areas chose NI 8, counts local indicators by theme only, and names the statutory gaps', () => {
    const summary = summariseChoices(
      agreements,
      [
        target('a', 'NI8', TargetKind.DESIGNATED),
        target('b', 'NI8', TargetKind.DESIGNATED),
        target('a', 'NI72', TargetKind.STATUTORY_DCSF),
        target('b', 'NI72', TargetKind.STATUTORY_DCSF, [1, null, 3]),
        target('b', 'LOCAL1', TargetKind.LOCAL),
        target('out-of-scope', 'NI8', TargetKind.DESIGNATED),
      ],
      facts,
      ['NI72'],
    );
    expect(summary.indicators.map((i) => [i.indicatorCode, i.areaCodes, i.designated, i.statutory])).toEqual([
      ['NI8', ['00CG', '00CC'], 2, 0],
      ['NI72', ['00CG', '00CC'], 0, 2],
    ]);
    expect(summary.themes.find((t) => t.theme === Theme.SAFER_AND_STRONGER_COMMUNITIES)).toMatchObject({
      targets: 3,
      designated: 2,
      local: 1,
    });
    expect(summary.departments.map((d) => [d.department, d.targets, d.inferred])).toEqual([
      [Department.DCMS, 2, false],
      [Department.DCSF, 2, true],
    ]);
    expect(summary).toMatchObject({
      agreements: 2,
      statutoryComplete: 1,
      statutoryGaps: [{ areaCode: '00CC', stage: 'SUBMITTED', missing: ['NI72'] }],
    });
  });
});
