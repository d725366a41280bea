import { DevelopmentUser, developmentUsers, Role } from '@laa/identity';
import { readIndicators } from '@laa/reference-data';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

// Target.stretch through the gateway: agreements owns the target, evidence judges it from the
// trend and benchmarks it owns. Every expected figure is computed here by hand from the series
// the API returns.

const REGION = 'E12000003';
let region: TestRegion;
let rm: string;
let drafts: { id: string; area: string }[];

beforeAll(async () => {
  region = await startTestRegion(REGION);
  rm = await region.tokenFor(developmentUsers(REGION, '00CG')[0]);
  const { data } = await region.query<{
    areas: { code: string; agreement: { id: string; targets: { id: string }[] } | null }[];
  }>('{ areas { code agreement { id targets { id } } } }', { token: rm });
  drafts = data!.areas
    .filter((a) => a.agreement && a.agreement.targets.length === 0)
    .map((a) => ({ id: a.agreement!.id, area: a.code }));
});
afterAll(() => region?.stop());

type Figure = { period: string; value: number | null };
const sign = (polarity: string) => (polarity === 'HIGHER_IS_BETTER' ? 1 : -1);
const startYear = (period: string) => Number(period.slice(0, 4));

/** The least-squares line through the latest four figures (x = start year), at 2008, 2009 and 2010. */
function projectByHand(series: Figure[]): number[] {
  const points = series
    .filter((f) => f.value !== null)
    .map((f) => ({ x: startYear(f.period), y: f.value as number }))
    .sort((a, b) => a.x - b.x)
    .slice(-4);
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const slope =
    points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return [2008, 2009, 2010].map((x) => my + slope * (x - mx));
}

/** Designated-target indicators with a known better direction (the reference data has 41 polarities). */
const candidates = readIndicators().filter((i) => i.polarity && !i.statutoryDcsf && !i.withdrawn);

async function seriesOf(area: string, indicator: string) {
  const { data } = await region.query<{
    area: {
      indicatorEvidence: {
        series: Figure[];
        trend: { direction: string };
        benchmark: { quartile: number | null } | null;
      };
    };
  }>(
    'query ($a: String!, $i: String!) { area(code: $a) { indicatorEvidence(indicator: $i) { series { period value } trend { direction } benchmark { quartile } } } }',
    { token: rm, variables: { a: area, i: indicator } },
  );
  return data!.area.indicatorEvidence;
}

const ADD = 'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id version baseline { value period } } }';
const STRETCH = `query ($id: ID!) { agreement(id: $id) { targets { id indicatorCode stretch {
  judgement belowTrend strongPerformer strongPerformerWithoutLocalReason summary rule
  years { period level projected beyondTrend belowTrend } trend { direction projection { period value } }
  benchmark { period quartile } comparison { period level englandAverage topQuartileThreshold reachesTopQuartile beatsEnglandAverage } } } } }`;

type Stretch = {
  judgement: string;
  belowTrend: boolean;
  strongPerformer: boolean;
  strongPerformerWithoutLocalReason: boolean;
  summary: string;
  rule: string;
  years: { period: string; level: number; projected: number; beyondTrend: number; belowTrend: boolean }[];
  benchmark: { period: string; quartile: number | null } | null;
  comparison: {
    period: string;
    level: number;
    englandAverage: number;
    topQuartileThreshold: number;
    reachesTopQuartile: boolean;
    beatsEnglandAverage: boolean;
  } | null;
};

async function stretchOf(agreementId: string, targetId: string, token = rm): Promise<Stretch> {
  const { data, errors } = await region.query<{ agreement: { targets: { id: string; stretch: Stretch }[] } }>(STRETCH, {
    token,
    variables: { id: agreementId },
  });
  expect(errors).toBeUndefined();
  return data!.agreement.targets.find((t) => t.id === targetId)!.stretch;
}

async function addTarget(
  draft: { id: string },
  indicatorCode: string,
  levels: number[],
  extra: Record<string, unknown> = {},
) {
  const added = await region.query<{
    addTarget: { id: string; version: number; baseline: { value: number; period: string } };
  }>(ADD, {
    token: rm,
    variables: {
      input: {
        agreementId: draft.id,
        kind: 'DESIGNATED',
        indicatorCode,
        levels,
        baselineFromEvidence: true,
        baselineDueBy: '2008-09-30',
        ...extra,
      },
    },
  });
  expect(added.errors).toBeUndefined();
  return added.data!.addTarget;
}

describe('Target.stretch', () => {
  it("flags a target whose levels ask for less than the area's own trend, each year against the projection", async () => {
    const draft = drafts[0];
    // An indicator improving here, whose projection beats the latest figure every year.
    let chosen: { code: string; polarity: string; series: Figure[]; projected: number[] } | null = null;
    for (const indicator of candidates) {
      const evidence = await seriesOf(draft.area, indicator.code);
      if (evidence.trend.direction !== 'IMPROVING') continue;
      const latest = evidence.series.filter((f) => f.value !== null).at(-1)!.value as number;
      const projected = projectByHand(evidence.series);
      if (projected.every((p) => (p - latest) * sign(indicator.polarity!) > 0)) {
        chosen = { code: indicator.code, polarity: indicator.polarity!, series: evidence.series, projected };
        break;
      }
    }
    if (!chosen)
      throw new Error(`No improving indicator with a known polarity in ${draft.area}: the demo evidence changed`);
    const baseline = chosen.series.filter((f) => f.value !== null).at(-1)!.value as number;
    // Half way from the baseline to the trend each year: the right direction, but less than the trend gives.
    const levels = chosen.projected.map((p) => baseline + (p - baseline) / 2);
    const target = await addTarget(draft, chosen.code, levels);
    expect(target.baseline.value).toBe(baseline);

    const stretch = await stretchOf(draft.id, target.id);
    expect(stretch.judgement).toBe('BELOW_TREND');
    expect(stretch.belowTrend).toBe(true);
    stretch.years.forEach((year, i) => {
      expect(year.period).toBe(['2008/09', '2009/10', '2010/11'][i]);
      expect(year.projected).toBeCloseTo(chosen.projected[i], 2);
      expect(year.beyondTrend).toBeCloseTo((levels[i] - chosen.projected[i]) * sign(chosen.polarity), 2);
      expect(year.belowTrend).toBe(true);
    });
    expect(stretch.summary).toContain('Below trend');
    expect(stretch.rule).toContain('below trend');

    // The same target raised beyond the trend is no longer flagged.
    const beyond = chosen.projected.map((p) => p + (p - baseline));
    const raised = await region.query(
      'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id } }',
      {
        token: rm,
        variables: { input: { targetId: target.id, expectedVersion: target.version, levels: beyond } },
      },
    );
    expect(raised.errors).toBeUndefined();
    const after = await stretchOf(draft.id, target.id);
    expect(after).toMatchObject({ judgement: 'BEYOND_TREND', belowTrend: false });
  });

  it("sets the last level against England's average and top quartile of the baseline period", async () => {
    const draft = drafts[1];
    const indicator = candidates[0];
    const { data } = await region.query<{ indicatorAcrossEngland: { areaCode: string; series: Figure[] }[] }>(
      'query ($i: String!) { indicatorAcrossEngland(indicator: $i) { areaCode series { period value } } }',
      { token: rm, variables: { i: indicator.code } },
    );
    const own = data!.indicatorAcrossEngland
      .find((a) => a.areaCode === draft.area)!
      .series.filter((f) => f.value !== null);
    const period = own.at(-1)!.period;
    const values = data!.indicatorAcrossEngland.flatMap((a) =>
      a.series.filter((f) => f.period === period && f.value !== null).map((f) => f.value as number),
    );
    const s = sign(indicator.polarity!);
    // The worst figure still in quartile 1: rank <= ceil((n - 1) / 4) by the percent rank (Benchmark.rule).
    const threshold = [...values].sort((a, b) => (b - a) * s)[Math.ceil((values.length - 1) / 4) - 1];
    const average = values.reduce((sum, v) => sum + v, 0) / values.length;
    const baseline = own.at(-1)!.value as number;
    const levels = [baseline + s, baseline + 2 * s, baseline + 3 * s];
    const target = await addTarget(draft, indicator.code, levels);

    const { comparison, benchmark } = await stretchOf(draft.id, target.id);
    expect(benchmark?.period).toBe(period);
    expect(comparison?.level).toBe(levels[2]);
    expect(comparison?.englandAverage).toBeCloseTo(average, 2);
    expect(comparison?.topQuartileThreshold).toBe(threshold);
    expect(comparison?.reachesTopQuartile).toBe((levels[2] - threshold) * s >= 0);
    expect(comparison?.beatsEnglandAverage).toBe((levels[2] - average) * s > 0);
  });

  it('flags a designated target where the area already performs strongly, until it has a local reason', async () => {
    let found: { draft: { id: string; area: string }; code: string; polarity: string; latest: number } | null = null;
    for (const draft of drafts.slice(2)) {
      for (const indicator of candidates) {
        const evidence = await seriesOf(draft.area, indicator.code);
        if (evidence.benchmark?.quartile === 1 && evidence.trend.direction !== 'SLIPPING') {
          found = {
            draft,
            code: indicator.code,
            polarity: indicator.polarity!,
            latest: evidence.series.filter((f) => f.value !== null).at(-1)!.value as number,
          };
          break;
        }
      }
      if (found) break;
    }
    if (!found) throw new Error('No area in the top quartile for any indicator: the demo evidence changed');
    const s = sign(found.polarity);
    const target = await addTarget(found.draft, found.code, [
      found.latest + s,
      found.latest + 2 * s,
      found.latest + 3 * s,
    ]);

    const flagged = await stretchOf(found.draft.id, target.id);
    expect(flagged).toMatchObject({
      strongPerformer: true,
      strongPerformerWithoutLocalReason: true,
      benchmark: { quartile: 1 },
    });
    expect(flagged.summary).toContain('needs a local reason');

    const reasoned = await region.query(
      'mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }',
      {
        token: rm,
        variables: {
          input: {
            targetId: target.id,
            expectedVersion: target.version,
            localReason: 'The partnership wants to do even better here',
          },
        },
      },
    );
    expect(reasoned.errors).toBeUndefined();
    expect(await stretchOf(found.draft.id, target.id)).toMatchObject({
      strongPerformer: true,
      strongPerformerWithoutLocalReason: false,
    });
  });

  it("checks a typed-in baseline against the evidence base's figure of record for its period", async () => {
    const draft = drafts[2];
    const indicator = candidates[1];
    const evidence = await seriesOf(draft.area, indicator.code);
    const latest = evidence.series.filter((f) => f.value !== null).at(-1)!;
    const s = sign(indicator.polarity!);
    const ask = async (targetId: string) => {
      const { data } = await region.query<{
        agreement: {
          targets: {
            id: string;
            stretch: {
              baselineCheck: { period: string; targetValue: number; evidenceValue: number; matchesEvidence: boolean };
            };
          }[];
        };
      }>(
        'query ($id: ID!) { agreement(id: $id) { targets { id stretch { baselineCheck { period targetValue evidenceValue matchesEvidence } } } } }',
        { token: rm, variables: { id: draft.id } },
      );
      return data!.agreement.targets.find((t) => t.id === targetId)!.stretch.baselineCheck;
    };
    const typed = (latest.value as number) * 0.5;
    const wrong = await addTarget(draft, indicator.code, [typed + s, typed + 2 * s, typed + 3 * s], {
      baselineFromEvidence: false,
      baseline: { value: typed, period: latest.period, source: 'LSP working paper' },
    });
    expect(await ask(wrong.id)).toEqual({
      period: latest.period,
      targetValue: typed,
      evidenceValue: latest.value,
      matchesEvidence: false,
    });
    const other = candidates[2];
    const otherLatest = (await seriesOf(draft.area, other.code)).series.filter((f) => f.value !== null).at(-1)!;
    const o = sign(other.polarity!);
    const base = otherLatest.value as number;
    const fromEvidence = await addTarget(draft, other.code, [base + o, base + 2 * o, base + 3 * o]);
    expect(await ask(fromEvidence.id)).toEqual({
      period: otherLatest.period,
      targetValue: base,
      evidenceValue: base,
      matchesEvidence: true,
    });
  });

  it('judges a target on an indicator of unknown polarity once its direction is stated, and says it was stated', async () => {
    const draft = drafts[3];
    // An indicator the reference data gives no polarity, with a trend in this area's evidence.
    let chosen: { code: string; series: Figure[]; projected: number[] } | null = null;
    for (const indicator of readIndicators().filter((i) => !i.polarity && !i.statutoryDcsf && !i.withdrawn)) {
      const evidence = await seriesOf(draft.area, indicator.code);
      if (evidence.series.filter((f) => f.value !== null).length < 2) continue;
      chosen = { code: indicator.code, series: evidence.series, projected: projectByHand(evidence.series) };
      break;
    }
    if (!chosen)
      throw new Error(`No indicator without a polarity has a series in ${draft.area}: the demo evidence changed`);
    const baseline = chosen.series.filter((f) => f.value !== null).at(-1)!.value as number;
    // Stated UP, levels above the baseline but below the projection (or just above the baseline where the trend falls).
    const top = Math.max(...chosen.projected, baseline);
    const levels = [1, 2, 3].map((year) => baseline + ((top - baseline) / 2 + 1) * (year / 3));
    const target = await addTarget(draft, chosen.code, levels, { intendedDirection: 'UP' });
    const stretch = await region.query<{
      agreement: {
        targets: {
          id: string;
          stretch: { judgement: string; directionStated: boolean; summary: string; years: { beyondTrend: number }[] };
        }[];
      };
    }>(
      'query ($id: ID!) { agreement(id: $id) { targets { id stretch { judgement directionStated summary years { beyondTrend } } } } }',
      { token: rm, variables: { id: draft.id } },
    );
    const judged = stretch.data!.agreement.targets.find((t) => t.id === target.id)!.stretch;
    expect(judged.directionStated).toBe(true);
    expect(judged.judgement).not.toBe('POLARITY_UNKNOWN');
    expect(judged.summary).toContain('as stated with the target');
    judged.years.forEach((year, i) => expect(year.beyondTrend).toBeCloseTo(levels[i] - chosen.projected[i], 2));
  });

  it("is draft content: the area's draft readers only, also when evidence is asked directly", async () => {
    const draft = drafts[0];
    const analyst = await region.tokenFor(developmentUsers(REGION, draft.area)[4]);
    const { data } = await region.query<{ agreement: { targets: { id: string; stretch: { judgement: string } }[] } }>(
      'query ($id: ID!) { agreement(id: $id) { targets { id stretch { judgement } } } }',
      { token: analyst, variables: { id: draft.id } },
    );
    expect(data?.agreement.targets[0].stretch.judgement).toBeTruthy();

    const outsider: DevelopmentUser = {
      id: 'po-other',
      name: 'Officer of another area',
      grants: [{ role: Role.PARTNERSHIP_OFFICER, region: REGION, area: drafts[1].area }],
    };
    const representation = {
      __typename: 'Target',
      id: data!.agreement.targets[0].id,
      indicatorCode: 'NI1',
      areaCode: draft.area,
      kind: 'DESIGNATED',
      levels: [1, 2, 3],
      localReason: null,
      baseline: null,
    };
    const direct = await region.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Target { stretch { judgement } } } }',
      {
        subgraph: 'evidence',
        token: await region.tokenFor(outsider),
        variables: { r: [representation] },
      },
    );
    expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await region.query(
      'query ($id: ID!) { agreement(id: $id) { targets { stretch { judgement } } } }',
      { variables: { id: draft.id } },
    );
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
