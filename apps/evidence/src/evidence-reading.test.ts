import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { as, evidencePeople, uploadCsv } from './testing/evidence-people';

const REGION = 'E12000003';
const SHEFFIELD = '00CG';
const people = evidencePeople(REGION, SHEFFIELD, '00CC');
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion(REGION);
});
afterAll(() => region?.stop());

type Figure = { period: string; value: number | null };
const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
const startYear = (period: string) => Number(period.slice(0, 4));

describe('trends, not snapshots', () => {
  it('gives the direction of travel and a projection that match a least-squares line computed by hand', async () => {
    const { data } = await as<{
      area: {
        indicatorEvidence: {
          indicator: { polarity: string };
          series: Figure[];
          trend: { direction: string; slopePerYear: number; projection: Figure[]; rule: string };
        };
      };
    }>(
      region,
      null,
      '{ area(code: "00CG") { indicatorEvidence(indicator: "NI116") { indicator { polarity } series { period value } trend { direction slopePerYear projection { period value } rule } } } }',
    );
    const { series, trend, indicator } = data!.area.indicatorEvidence;
    const points = series
      .filter((f) => f.value !== null)
      .slice(-4)
      .map((f) => ({ x: startYear(f.period), y: f.value as number }));
    expect(points).toHaveLength(4);
    const meanX = points.reduce((s, p) => s + p.x, 0) / 4;
    const meanY = points.reduce((s, p) => s + p.y, 0) / 4;
    const slope =
      points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0) /
      points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
    expect(trend.slopePerYear).toBeCloseTo(slope, 3);
    expect(trend.projection).toEqual(
      [2008, 2009, 2010].map((x) => ({
        period: `${x}/${String((x + 1) % 100).padStart(2, '0')}`,
        value: round(meanY + slope * (x - meanX)),
      })),
    );
    const relative = slope / Math.abs(meanY);
    const expected =
      Math.abs(relative) < 0.01
        ? 'PLATEAUED'
        : (indicator.polarity === 'LOWER_IS_BETTER') === relative < 0
          ? 'IMPROVING'
          : 'SLIPPING';
    expect(indicator.polarity).toBe('LOWER_IS_BETTER');
    expect(trend.direction).toBe(expected);
    expect(trend.rule).toContain('least-squares');
  });

  it('shows indicators without a reliable baseline as placeholders, and a provisional latest figure as such', async () => {
    const { data } = await as<{
      area: {
        evidenceProfile: {
          indicator: { code: string };
          series: { provisional: boolean; value: number | null }[];
          baseline: { status: string };
        }[];
      };
    }>(
      region,
      null,
      '{ area(code: "00CG") { evidenceProfile { indicator { code } series { provisional value } baseline { status } } } }',
    );
    const profile = data!.area.evidenceProfile;
    expect(profile.length).toBe(198);
    const empty = profile.filter((p) => p.series.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((p) => p.baseline.status === 'PLACEHOLDER')).toBe(true);
    const provisional = profile.filter((p) => p.series.at(-1)?.provisional);
    expect(provisional.length).toBeGreaterThan(0);
    expect(provisional.every((p) => p.baseline.status === 'PROVISIONAL')).toBe(true);
    expect(
      profile
        .filter((p) => p.series.length > 0 && !p.series.at(-1)!.provisional)
        .every((p) => p.baseline.status === 'RELIABLE'),
    ).toBe(true);
  });
});

describe('benchmarks', () => {
  it('compares an area with its region, England and its similar areas, with a rank and quartile that match a hand computation', async () => {
    const { data } = await as<{
      areas: { code: string }[];
      indicatorAcrossEngland: { areaCode: string; series: Figure[] }[];
      area: {
        indicatorEvidence: {
          benchmark: {
            period: string;
            value: number;
            regionAverage: number;
            englandAverage: number;
            similarAreasAverage: number;
            rank: number;
            areasRanked: number;
            quartile: number;
            similarAreas: { neighbourCode: string; name: string; value: number | null; rank: number }[];
          };
        };
      };
    }>(
      region,
      null,
      `{ areas { code } indicatorAcrossEngland(indicator: "NI116") { areaCode series { period value } }
         area(code: "00CG") { indicatorEvidence(indicator: "NI116") { benchmark { period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile similarAreas { neighbourCode name value rank } } } } }`,
    );
    const benchmark = data!.area.indicatorEvidence.benchmark;
    expect(benchmark.period).toBe('2007/08');
    const latest = new Map(
      data!.indicatorAcrossEngland.flatMap((a) => {
        const figure = a.series.find((f) => f.period === '2007/08' && f.value !== null);
        return figure ? [[a.areaCode, figure.value as number] as const] : [];
      }),
    );
    expect(latest.size).toBeGreaterThan(140);
    const mean = (codes: string[]) => round(codes.reduce((s, c) => s + latest.get(c)!, 0) / codes.length);
    const own = latest.get(SHEFFIELD)!;
    const inRegion = data!.areas.map((a) => a.code).filter((c) => latest.has(c));
    const neighbours = benchmark.similarAreas.map((n) => n.neighbourCode).filter((c) => latest.has(c));
    const rank = [...latest.values()].filter((v) => v < own).length + 1; // NI116: lower is better
    expect(benchmark).toMatchObject({
      value: own,
      regionAverage: mean(inRegion),
      englandAverage: mean([...latest.keys()]),
      similarAreasAverage: mean(neighbours),
      rank,
      areasRanked: latest.size,
      quartile: Math.min(4, Math.floor((4 * (rank - 1)) / (latest.size - 1)) + 1),
    });
    expect(benchmark.similarAreas.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5]);
    const badPeriod = await as(
      region,
      null,
      '{ area(code: "00CG") { indicatorEvidence(indicator: "NI116") { benchmark(period: "20x") { rank } } } }',
    );
    expect(badPeriod.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(benchmark.similarAreas.map((n) => n.neighbourCode)).not.toContain(SHEFFIELD);
    expect(benchmark.similarAreas.map((n) => n.value)).toEqual(
      benchmark.similarAreas.map((n) => latest.get(n.neighbourCode) ?? null),
    );
    expect(benchmark.similarAreas.every((n) => n.name.length > 2 && n.name !== n.neighbourCode)).toBe(true);
  });
});

const RECORD = `mutation ($input: RecordSoftEvidenceInput!) { recordSoftEvidence(input: $input) { id version kind recordedBy indicators { code } priorities { id title } } }`;
const WRITE = `mutation ($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { version writtenBy signOff { signedOffBy } } }`;
const SIGN = `mutation ($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { version signOff { signedOffBy note } } }`;
const STORY = `{ area(code: "00CG") { storyOfPlace { version placeToday signOff { signedOffBy note } claims { position statement evidence { indicator { code } series { period value } trend { direction } } softEvidence { title source } } }
  storyOfPlaceVersions { version signOff { signedOffBy } } softEvidence { title kind } } }`;

describe('soft intelligence and the story of place', () => {
  let alcoholPriority: { id: string; title: string };
  let surveyId: string;

  beforeAll(async () => {
    const { data } = await as<{ area: { agreement: { id: string } } }>(
      region,
      people.officer,
      '{ area(code: "00CG") { agreement { id } } }',
    );
    const added = await as<{ addPriority: { id: string; title: string } }>(
      region,
      people.officer,
      'mutation ($id: ID!) { addPriority(input: { agreementId: $id, title: "Reducing alcohol related harm" }) { id title } }',
      { id: data!.area.agreement.id },
    );
    alcoholPriority = added.data!.addPriority;
  });

  it("records soft intelligence linked to indicators and the agreement's priorities", async () => {
    const input = {
      area: SHEFFIELD,
      kind: 'RESIDENT_SURVEY',
      title: 'Place survey: drunk and rowdy behaviour',
      summary: '41% see drunk or rowdy behaviour as a problem in the city centre',
      source: 'Sheffield place survey 2007 (test)',
      dated: '2007-11-30',
      theme: 'SAFER_AND_STRONGER_COMMUNITIES',
      indicators: ['NI 41', 'NI39'],
      priorities: [alcoholPriority.id],
    };
    const { data, errors } = await as<{
      recordSoftEvidence: {
        id: string;
        recordedBy: string;
        indicators: { code: string }[];
        priorities: { id: string; title: string }[];
      };
    }>(region, people.officer, RECORD, { input });
    expect(errors).toBeUndefined();
    surveyId = data!.recordSoftEvidence.id;
    expect(data!.recordSoftEvidence).toMatchObject({
      recordedBy: 'Pat Officer (po-00CG)',
      indicators: [{ code: 'NI41' }, { code: 'NI39' }],
      priorities: [alcoholPriority],
    });

    const unknownPriority = await as(region, people.officer, RECORD, {
      input: { ...input, priorities: ['00000000-0000-4000-8000-000000000001'] },
    });
    expect(unknownPriority.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const withdrawn = await as(region, people.officer, RECORD, { input: { ...input, indicators: ['NI31'] } });
    expect(withdrawn.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', indicators: ['NI31'] } });
    const badDate = await as(region, people.officer, RECORD, { input: { ...input, dated: '30/11/2007' } });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("keeps soft intelligence to the area's negotiators", async () => {
    const read = '{ area(code: "00CG") { softEvidence { title } } }';
    expect((await as(region, null, read)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as(region, people.otherOfficer, read)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { data } = await as<{ area: { softEvidence: { title: string }[] } }>(region, people.departmentAnalyst, read);
    expect(data!.area.softEvidence.map((s) => s.title)).toContain('Place survey: drunk and rowdy behaviour');
  });

  it("versions the story of place, links each claim to its evidence, and records the LSP's sign-off", async () => {
    const current = await as<{ area: { storyOfPlace: { version: number; synthetic: boolean } | null } }>(
      region,
      people.officer,
      '{ area(code: "00CG") { storyOfPlace { version synthetic } } }',
    );
    const base = current.data!.area.storyOfPlace?.version ?? 0;
    const story = (expectedVersion: number, ambition: string) => ({
      area: SHEFFIELD,
      expectedVersion,
      placeToday: 'A big city of contrasts: a thriving centre beside some of the most deprived wards in England.',
      ambition,
      claims: [
        {
          statement: 'Alcohol harm drives crime and hospital admissions',
          indicators: ['NI39', 'NI41'],
          softEvidence: [surveyId],
        },
      ],
    });
    const first = await as<{ writeStoryOfPlace: { version: number } }>(region, people.relationshipManager, WRITE, {
      input: story(base, 'A city where everyone shares in its success.'),
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.writeStoryOfPlace.version).toBe(base + 1);
    const stale = await as(region, people.officer, WRITE, {
      input: story(base, 'A competing draft written at the same time.'),
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', current: { version: base + 1 } });
    await as(region, people.officer, WRITE, {
      input: story(base + 1, 'A successful, distinctive city where everyone shares in its success.'),
    });
    const latest = base + 2;

    expect(
      (
        await as(region, people.relationshipManager, SIGN, {
          input: { area: SHEFFIELD, version: latest, note: 'Not mine to sign' },
        })
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await as(region, people.officer, SIGN, { input: { area: SHEFFIELD, version: base + 1, note: 'The old one' } }))
        .errors?.[0].extensions,
    ).toMatchObject({ code: 'CONFLICT', current: { version: latest } });
    const signed = await as<{ signOffStoryOfPlace: { signOff: { signedOffBy: string; note: string } } }>(
      region,
      people.officer,
      SIGN,
      { input: { area: SHEFFIELD, version: latest, note: 'LSP board, 12 December 2007' } },
    );
    expect(signed.data!.signOffStoryOfPlace.signOff).toEqual({
      signedOffBy: 'Pat Officer (po-00CG)',
      note: 'LSP board, 12 December 2007',
    });
    expect(
      (await as(region, people.officer, SIGN, { input: { area: SHEFFIELD, version: latest, note: 'Again' } }))
        .errors?.[0].extensions,
    ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ALREADY_SIGNED_OFF' });

    const { data, errors } = await as<{
      area: {
        storyOfPlace: {
          version: number;
          claims: {
            evidence: { indicator: { code: string }; series: Figure[]; trend: { direction: string } }[];
            softEvidence: { title: string }[];
          }[];
        };
        storyOfPlaceVersions: { version: number; signOff: { signedOffBy: string } | null }[];
      };
    }>(region, people.departmentAnalyst, STORY);
    expect(errors).toBeUndefined();
    const [claim] = data!.area.storyOfPlace.claims;
    expect(claim.evidence.map((e) => e.indicator.code)).toEqual(['NI39', 'NI41']);
    expect(claim.evidence[0].series.length).toBeGreaterThan(0);
    expect(claim.softEvidence).toEqual([
      { title: 'Place survey: drunk and rowdy behaviour', source: 'Sheffield place survey 2007 (test)' },
    ]);
    expect(data!.area.storyOfPlaceVersions.slice(0, 2).map((v) => [v.version, v.signOff?.signedOffBy ?? null])).toEqual(
      [
        [latest, 'Pat Officer (po-00CG)'],
        [base + 1, null],
      ],
    );

    await as(region, people.officer, WRITE, {
      input: story(latest, 'A successful, distinctive, greener city where everyone shares in its success.'),
    });
    const next = await as<{ area: { storyOfPlace: { version: number; signOff: null } } }>(
      region,
      people.officer,
      '{ area(code: "00CG") { storyOfPlace { version signOff { signedOffBy } } } }',
    );
    expect(next.data!.area.storyOfPlace).toEqual({ version: latest + 1, signOff: null });
  });

  it("refuses a claim pointing at another area's soft intelligence", async () => {
    const elsewhere = await as<{ recordSoftEvidence: { id: string } }>(region, people.otherOfficer, RECORD, {
      input: {
        area: '00CC',
        kind: 'CONSULTATION',
        title: 'Barnsley consultation',
        summary: 'Something about Barnsley',
        source: 'Barnsley council',
        dated: '2007-09-01',
        theme: 'CHILDREN_AND_YOUNG_PEOPLE',
      },
    });
    const { errors } = await as(region, people.officer, WRITE, {
      input: {
        area: SHEFFIELD,
        expectedVersion: 99,
        placeToday: 'A big city of contrasts, still.',
        ambition: 'The same ambition as before.',
        claims: [{ statement: 'Borrowed evidence', softEvidence: [elsewhere.data!.recordSoftEvidence.id] }],
      },
    });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('baselines from disputed figures', () => {
  it('offer no baseline while the sources disagree on the latest period, rather than an older year as if it were the latest', async () => {
    const ask = () =>
      as<{
        area: {
          indicatorEvidence: {
            baseline: { status: string; period: string | null; value: number | null };
            series: { period: string; value: number | null }[];
          };
        };
      }>(
        region,
        null,
        '{ area(code: "00CC") { indicatorEvidence(indicator: "NI117") { baseline { status period value } series { period value } } } }',
      );
    const before = (await ask()).data!.area.indicatorEvidence;
    const latest = before.series.at(-1)!;
    expect(before.baseline).toMatchObject({ period: latest.period, value: latest.value });
    const rival = `indicator,area,period,value,source,published\nNI117,00CC,${latest.period},${(latest.value as number) + 5},Barnsley partnership survey (test),2008-11-01`;
    expect((await uploadCsv(region, people.goAnalyst, rival)).data?.inserted).toBe(1);
    expect((await ask()).data!.area.indicatorEvidence.baseline).toEqual({
      status: 'DISPUTED',
      period: latest.period,
      value: null,
    });
  });
});
