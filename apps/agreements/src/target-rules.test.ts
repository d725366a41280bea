import { readIndicators } from '@laa/reference-data';
import { ADD_TARGET, baseline, DraftAgreement, draftingRegion, peopleOf } from './testing/drafting';

const REGION = 'E12000003';
const { region, drafts } = draftingRegion(REGION);

type Added = {
  addTarget: { id: string; kind: string; version: number; levels: (number | null)[]; placeholder: boolean };
};

async function addTarget(draft: DraftAgreement, input: Record<string, unknown>) {
  const { relationshipManager } = peopleOf(REGION, draft.area, '00CG');
  const token = await region.tokenFor(relationshipManager);
  return region.query<Added>(ADD_TARGET, { token, variables: { input: { agreementId: draft.id, ...input } } });
}

const firstError = (response: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => ({
  code: response.errors?.[0]?.extensions?.code,
  rule: response.errors?.[0]?.extensions?.rule,
  message: response.errors?.[0]?.message ?? '',
});

describe('the target suite rules', () => {
  it('takes 35 designated targets and refuses the 36th with a clear message', async () => {
    const draft = drafts[0];
    const candidates = readIndicators()
      .filter((i) => !i.withdrawn && !i.statutoryDcsf)
      .slice(0, 36);
    for (const indicator of candidates.slice(0, 35)) {
      const added = await addTarget(draft, {
        kind: 'DESIGNATED',
        indicatorCode: indicator.code,
        baseline: baseline(10),
      });
      expect(added.errors).toBeUndefined();
    }
    const refused = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: candidates[35].code,
      baseline: baseline(10),
    });
    expect(firstError(refused)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'AT_MOST_35_DESIGNATED' });
    expect(firstError(refused).message).toContain('An agreement can have at most 35 designated improvement targets');
    // Statutory and local targets come on top of the 35.
    const statutory = readIndicators().find((i) => i.statutoryDcsf)!;
    expect(
      (await addTarget(draft, { kind: 'STATUTORY_DCSF', indicatorCode: statutory.code, baseline: baseline(10) }))
        .errors,
    ).toBeUndefined();
    const local = await addTarget(draft, { kind: 'LOCAL', indicatorCode: candidates[35].code, baseline: baseline(10) });
    expect(local.errors).toBeUndefined();
  });

  it('requires a national indicator for designated and statutory targets, the statutory set for statutory ones', async () => {
    const draft = drafts[1];
    const localCode = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'LOCAL-ALCOHOL-1',
      localIndicatorTitle: 'Alcohol related A&E attendances',
    });
    expect(firstError(localCode)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'NATIONAL_INDICATOR' });
    expect(firstError(localCode).message).toContain('must use an indicator from the national indicator set');
    const notStatutory = await addTarget(draft, {
      kind: 'STATUTORY_DCSF',
      indicatorCode: 'NI39',
      baseline: baseline(10),
    });
    expect(firstError(notStatutory)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'STATUTORY_SET' });
    const statutoryAsDesignated = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'NI72',
      baseline: baseline(10),
    });
    expect(firstError(statutoryAsDesignated)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'STATUTORY_SET' });
    const withdrawn = await addTarget(draft, { kind: 'LOCAL', indicatorCode: 'NI31', baseline: baseline(10) });
    expect(firstError(withdrawn)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'WITHDRAWN_INDICATOR' });
    const local = await addTarget(draft, {
      kind: 'LOCAL',
      indicatorCode: 'LOCAL-ALCOHOL-1',
      localIndicatorTitle: 'Alcohol related A&E attendances',
      theme: 'HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE',
      baseline: baseline(300),
      levels: [290, 280, 270],
      // Agreements knows no polarity for a local indicator: its direction is stated.
      intendedDirection: 'DOWN',
    });
    expect(local.errors).toBeUndefined();
    // Through the gateway a local indicator is its code and title here; evidence knows only the national set.
    const { relationshipManager } = peopleOf(REGION, draft.area, '00CG');
    const read = await region.query<{
      agreement: {
        targets: { indicator: { code: string; title: string | null } | null; localIndicatorTitle: string | null }[];
      };
    }>('query ($id: ID!) { agreement(id: $id) { targets { indicator { code title } localIndicatorTitle } } }', {
      token: await region.tokenFor(relationshipManager),
      variables: { id: draft.id },
    });
    expect(read.errors).toBeUndefined();
    expect(read.data?.agreement.targets.find((t) => t.indicator?.code === 'LOCAL-ALCOHOL-1')?.localIndicatorTitle).toBe(
      'Alcohol related A&E attendances',
    );
  });

  it('refuses an indicator twice in one agreement, however its code is written', async () => {
    const draft = drafts[1];
    expect(
      (await addTarget(draft, { kind: 'DESIGNATED', indicatorCode: 'NI 116', baseline: baseline(20) })).errors,
    ).toBeUndefined();
    const twice = await addTarget(draft, { kind: 'LOCAL', indicatorCode: '116', baseline: baseline(20) });
    expect(firstError(twice)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'INDICATOR_ONCE' });
    expect(firstError(twice).message).toContain('NI116 already has a target');
  });

  it("makes levels move in the indicator's better direction (holding a level allowed, year 3 must improve)", async () => {
    const draft = drafts[1];
    // NI39 (alcohol-harm hospital admissions): lower is better. NI1: higher is better.
    const wrongWay = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'NI39',
      baseline: baseline(1500),
      levels: [1450, 1480, 1400],
    });
    expect(firstError(wrongWay)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LEVELS_DIRECTION' });
    expect(firstError(wrongWay).message).toContain('lower is better');
    const noImprovement = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'NI1',
      baseline: baseline(70),
      levels: [70, 70, 70],
    });
    expect(firstError(noImprovement)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LEVELS_DIRECTION' });
    const holding = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'NI1',
      baseline: baseline(70),
      levels: [71, 71, 73],
    });
    expect(holding.data?.addTarget.levels).toEqual([71, 71, 73]);
    const right = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'NI39',
      baseline: baseline(1500),
      levels: [1450, 1400, 1350],
    });
    expect(right.errors).toBeUndefined();
  });

  it('checks levels on an indicator of unknown polarity in the direction stated with the target, and asks for it when none is', async () => {
    const draft = drafts[4];
    // NI2 (belonging to the neighbourhood): the reference data has no polarity for it.
    const unknown = readIndicators().find((i) => i.code === 'NI2')!;
    expect(unknown.polarity).toBeNull();
    const unstated = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'NI2',
      baseline: baseline(55),
      levels: [56, 57, 58],
    });
    expect(firstError(unstated)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'DIRECTION_NEEDED' });
    expect(firstError(unstated).message).toContain("state the target's intendedDirection (UP or DOWN)");
    const wrongWay = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'NI2',
      baseline: baseline(55),
      levels: [56, 57, 58],
      intendedDirection: 'DOWN',
    });
    expect(firstError(wrongWay)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'LEVELS_DIRECTION' });
    expect(firstError(wrongWay).message).toContain('lower is better, as stated');
    // Without levels the target can wait for its direction; its levels are then refused until it is stated.
    const added = await addTarget(draft, { kind: 'DESIGNATED', indicatorCode: 'NI2', baseline: baseline(55) });
    expect(added.errors).toBeUndefined();
    const { relationshipManager } = peopleOf(REGION, draft.area, '00CG');
    const token = await region.tokenFor(relationshipManager);
    const setLevels = (input: Record<string, unknown>) =>
      region.query<{
        setTargetLevels: { version: number; levels: number[]; intendedDirection: string; directionBasis: string };
      }>(
        'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { version levels intendedDirection directionBasis } }',
        {
          token,
          variables: {
            input: { targetId: added.data!.addTarget.id, expectedVersion: added.data!.addTarget.version, ...input },
          },
        },
      );
    expect(firstError(await setLevels({ levels: [56, 57, 58] }))).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'DIRECTION_NEEDED',
    });
    const stated = await setLevels({ levels: [56, 57, 58], intendedDirection: 'UP' });
    expect(stated.errors).toBeUndefined();
    expect(stated.data?.setTargetLevels).toMatchObject({
      levels: [56, 57, 58],
      intendedDirection: 'UP',
      directionBasis: 'STATED',
    });
    // A known polarity is the indicator's, not one target's: a contradicting statement is refused.
    const contradicting = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'NI39',
      baseline: baseline(1500),
      intendedDirection: 'UP',
    });
    expect(firstError(contradicting)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'DIRECTION_CONTRADICTS_POLARITY' });
  });

  it('keeps a target without a baseline as a visible placeholder with the date its baseline is due', async () => {
    const draft = drafts[1];
    const missingDate = await addTarget(draft, { kind: 'DESIGNATED', indicatorCode: 'NI8' });
    expect(firstError(missingDate)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(missingDate).message).toContain('baselineDueBy');
    const placeholder = await addTarget(draft, {
      kind: 'DESIGNATED',
      indicatorCode: 'NI8',
      baselineDueBy: '2008-09-30',
      levels: [null, null, null],
    });
    expect(placeholder.data?.addTarget).toMatchObject({ placeholder: true, levels: [null, null, null] });
  });

  it('lets only editors of the area add targets', async () => {
    const draft = drafts[2];
    const other = drafts[3].area;
    const { outsider, analyst } = peopleOf(REGION, draft.area, other);
    const variables = {
      input: { agreementId: draft.id, kind: 'DESIGNATED', indicatorCode: 'NI1', baseline: baseline(10) },
    };
    const byOutsider = await region.query(ADD_TARGET, { token: await region.tokenFor(outsider), variables });
    const byAnalyst = await region.query(ADD_TARGET, { token: await region.tokenFor(analyst), variables });
    const byPublic = await region.query(ADD_TARGET, { variables });
    expect(firstError(byOutsider).code).toBe('FORBIDDEN');
    expect(firstError(byAnalyst).code).toBe('FORBIDDEN');
    expect(firstError(byPublic).code).toBe('UNAUTHENTICATED');
  });
});
