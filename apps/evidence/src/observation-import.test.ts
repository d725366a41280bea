import { DevelopmentUser } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { request } from 'node:http';
import { as, evidencePeople, HEADER, ImportReportRow, uploadCsv } from './testing/evidence-people';

const REGION = 'E12000003';
const SHEFFIELD = '00CG';
const people = evidencePeople(REGION, SHEFFIELD, '00CC');
const SOURCE = 'Test Office for Statistics';
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion(REGION);
});
afterAll(() => region?.stop());

const RELEASES = `query ($area: String!, $indicator: String!) { area(code: $area) { indicatorEvidence(indicator: $indicator) {
  series { period value rival releases { value source publishedOn provisional supersededAt loadedBy } } } } }`;
type Releases = {
  area: {
    indicatorEvidence: {
      series: {
        period: string;
        value: number | null;
        rival: boolean;
        releases: {
          value: number;
          source: string;
          publishedOn: string;
          supersededAt: string | null;
          loadedBy: string;
        }[];
      }[];
    };
  };
};

/** The releases of a figure from the test's source, as a signed-in reader sees them (the public sees no names). */
async function releasesOf(indicator: string, period: string, reader: DevelopmentUser | null = people.councillor) {
  const { data } = await as<Releases>(region, reader, RELEASES, { area: SHEFFIELD, indicator });
  return (
    data!.area.indicatorEvidence.series.find((f) => f.period === period)?.releases.filter((r) => r.source === SOURCE) ??
    []
  );
}

describe('importing observations from CSV', () => {
  const goodAndBad = [
    HEADER,
    `NI116,${SHEFFIELD},2003/04,24.5,,,,,${SOURCE},2004-10-01,false`,
    `NI999,${SHEFFIELD},2003/04,1,,,,,${SOURCE},2004-10-01,false`,
    `NI116,ZZZZ,2003/04,1,,,,,${SOURCE},2004-10-01,false`,
    `NI117,${SHEFFIELD},2003/05,1,,,,,${SOURCE},2004-10-01,false`,
    `NI117,${SHEFFIELD},2003/04,lots,,,,,${SOURCE},2004-10-01,false`,
    `NI116,${SHEFFIELD},2003/04,24.5,,,,,${SOURCE},2004-10-01,false`,
    `NI117,${SHEFFIELD},2003,7.25,70,1000,6.1,8.4,${SOURCE},2004-10-01,true`,
    `NI118,${SHEFFIELD},2003/04,3,,,,,${SOURCE},1 Oct 2004,false`,
  ].join('\n');

  it('loads the good rows and reports every bad row with its line and reason', async () => {
    const { status, data } = await uploadCsv(region, people.goAnalyst, goodAndBad, 'good-and-bad.csv');
    expect(status).toBe(200);
    expect(data).toMatchObject({
      rowsRead: 8,
      inserted: 2,
      superseded: 0,
      unchanged: 0,
      rejected: 6,
      loadedBy: 'Gina Analyst (goanalyst-E12000003)',
    });
    expect(data!.rejections.map((r) => [r.line, r.reason])).toEqual([
      [3, 'UNKNOWN_INDICATOR'],
      [4, 'UNKNOWN_AREA'],
      [5, 'BAD_PERIOD'],
      [6, 'NOT_A_NUMBER'],
      [7, 'DUPLICATE'],
      [9, 'BAD_DATE'],
    ]);
    expect(data!.rejections[4].message).toBe('the same figure and release as line 2');
    const [loaded] = await releasesOf('NI116', '2003/04');
    expect(loaded).toMatchObject({
      value: 24.5,
      publishedOn: '2004-10-01',
      supersededAt: null,
      loadedBy: 'Gina Analyst (goanalyst-E12000003)',
    });
    const [publicView] = await releasesOf('NI116', '2003/04', null);
    expect(publicView).toMatchObject({ value: 24.5, source: SOURCE, loadedBy: null });
  });

  it('changes nothing when the same file is imported again', async () => {
    const { data } = await uploadCsv(region, people.goAnalyst, goodAndBad, 'good-and-bad.csv');
    expect(data).toMatchObject({ inserted: 0, superseded: 0, unchanged: 2, rejected: 6 });
    expect(await releasesOf('NI116', '2003/04')).toHaveLength(1);
  });

  it('lets a newer release of a figure supersede the old one, which stays as history', async () => {
    const revised = [HEADER, `NI117,${SHEFFIELD},2003,7.5,75,1000,6.3,8.6,${SOURCE},2005-03-01,false`].join('\n');
    const { data } = await uploadCsv(region, people.goAnalyst, revised, 'revised.csv');
    expect(data).toMatchObject({ inserted: 1, superseded: 1, rejected: 0 });
    const releases = await releasesOf('NI117', '2003');
    expect(releases.map((r) => [r.value, r.publishedOn, r.supersededAt !== null])).toEqual([
      [7.5, '2005-03-01', false],
      [7.25, '2004-10-01', true],
    ]);
    const older = [HEADER, `NI117,${SHEFFIELD},2003,7.3,,,,,${SOURCE},2004-12-01,false`].join('\n');
    const late = await uploadCsv(region, people.goAnalyst, older, 'late.csv');
    expect(late.data?.rejections).toEqual([
      { line: 2, reason: 'OLDER_THAN_LOADED_RELEASE', message: 'a newer release of this figure is already loaded' },
    ]);
  });

  it('refuses a file without the required columns, importing nothing', async () => {
    const { status, errors } = await uploadCsv(region, people.goAnalyst, `indicator,area,value\nNI116,${SHEFFIELD},3`);
    expect(status).toBe(400);
    expect(errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', missing: ['period', 'source', 'published'] },
    });
    expect(errors?.[0].message).toContain('nothing was imported');
  });

  it('leaves nothing half-imported when the upload breaks off half way', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `NI${1 + (i % 150)},${SHEFFIELD},${1990 + (Math.floor(i / 150) % 17)},${i},,,,,Broken upload,2008-01-01,false`,
    );
    const url = new URL('/imports/observations?origin=broken.csv', region.gatewayUrl);
    const token = await region.tokenFor(people.goAnalyst);
    await new Promise<void>((resolve) => {
      const upload = request(url, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'content-length': 10_000_000, authorization: `Bearer ${token}` },
      });
      upload.on('error', () => resolve());
      upload.write(`${HEADER}\n${rows.join('\n')}\n`, () => setTimeout(() => upload.destroy(), 300));
      upload.on('close', () => resolve());
    });
    // Imports queue behind each other, so this one runs after the broken one has rolled back.
    const after = await uploadCsv(
      region,
      people.goAnalyst,
      `${HEADER}\nNI116,${SHEFFIELD},2002/03,25,,,,,${SOURCE},2003-10-01,false`,
      'after.csv',
    );
    expect(after.data?.inserted).toBe(1);
    const { data } = await as<{ observationImports: { origin: string }[] }>(
      region,
      people.goAnalyst,
      '{ observationImports(limit: 100) { origin } }',
    );
    expect(data!.observationImports.map((i) => i.origin)).not.toContain('broken.csv');
    const { data: broken } = await as<Releases>(region, null, RELEASES, { area: SHEFFIELD, indicator: 'NI1' });
    expect(
      broken!.area.indicatorEvidence.series.flatMap((f) => f.releases).filter((r) => r.source === 'Broken upload'),
    ).toEqual([]);
  });
});

describe('who may load what', () => {
  const IMPORT =
    'mutation ($csv: String!) { importObservations(csv: $csv, origin: "council feed") { inserted rejected rejections { line reason } } }';
  const csv = [
    HEADER,
    `NI8,${SHEFFIELD},2003/04,41.2,,,,,Sheffield survey,2004-06-01,true`,
    `NI8,00CC,2003/04,40.1,,,,,Sheffield survey,2004-06-01,true`,
  ].join('\n');

  it("lets a council system load its own area's figures through the API, and no other area's", async () => {
    const { data, errors } = await as<{ importObservations: ImportReportRow }>(region, people.councilSystem, IMPORT, {
      csv,
    });
    expect(errors).toBeUndefined();
    expect(data!.importObservations).toMatchObject({
      inserted: 1,
      rejected: 1,
      rejections: [{ line: 3, reason: 'OUTSIDE_CALLER_AREA' }],
    });
  });

  it('shows a council system its own import runs, and the GO every run', async () => {
    const HISTORY = '{ observationImports(limit: 100) { origin loadedBy } }';
    const own = await as<{ observationImports: { origin: string; loadedBy: string }[] }>(
      region,
      people.councilSystem,
      HISTORY,
    );
    expect(own.data!.observationImports.map((i) => i.origin)).toEqual(['council feed']);
    const all = await as<{ observationImports: { origin: string }[] }>(region, people.goAnalyst, HISTORY);
    expect(all.data!.observationImports.map((i) => i.origin)).toEqual(
      expect.arrayContaining(['council feed', 'good-and-bad.csv']),
    );
    expect((await as(region, people.councillor, HISTORY)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses the public and roles that do not keep evidence', async () => {
    expect((await as(region, null, IMPORT, { csv })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as(region, people.councillor, IMPORT, { csv })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await uploadCsv(region, null, csv)).status).toBe(401);
    expect((await uploadCsv(region, people.minister, csv)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('rival data', () => {
  const RIVALS = `query ($area: String) { rivalFigures(area: $area) { indicatorCode period value unresolved candidates { source value } } }`;
  const CHOOSE = `mutation ($input: FigureOfRecordInput!) { chooseFigureOfRecord(input: $input) { value rival unresolved observation { source } choice { source reason chosenBy chosenAt } choices { source reason } } }`;
  type Figure = {
    value: number | null;
    unresolved: boolean;
    choice: { source: string; reason: string; chosenBy: string; chosenAt: string } | null;
    choices: { source: string; reason: string }[];
  };

  it('flags two sources that disagree until someone chooses the figure of record, keeping every choice and reason', async () => {
    const rival = [
      HEADER,
      `NI115,${SHEFFIELD},2003/04,24.5,,,,,${SOURCE},2004-10-01,false`,
      `NI115,${SHEFFIELD},2003/04,26.1,,,,,PCT health profile,2004-11-01,false`,
    ].join('\n');
    expect((await uploadCsv(region, people.goAnalyst, rival, 'pct.csv')).data?.inserted).toBe(2);
    const { data } = await as<{
      rivalFigures: {
        indicatorCode: string;
        period: string;
        value: number | null;
        unresolved: boolean;
        candidates: { source: string; value: number }[];
      }[];
    }>(region, people.relationshipManager, RIVALS, { area: SHEFFIELD });
    const figure = data!.rivalFigures.find((f) => f.indicatorCode === 'NI115' && f.period === '2003/04');
    expect(figure).toMatchObject({ value: null, unresolved: true });
    expect(figure!.candidates.map((c) => [c.source, c.value]).sort()).toEqual([
      ['PCT health profile', 26.1],
      [SOURCE, 24.5],
    ]);

    const input = {
      indicator: 'NI115',
      area: SHEFFIELD,
      period: '2003/04',
      source: 'PCT health profile',
      reason: 'The PCT profile uses the agreed denominator',
    };
    const chosen = await as<{ chooseFigureOfRecord: Figure }>(region, people.goAnalyst, CHOOSE, { input });
    expect(chosen.errors).toBeUndefined();
    expect(chosen.data!.chooseFigureOfRecord).toMatchObject({
      value: 26.1,
      unresolved: false,
      choice: { source: 'PCT health profile', chosenBy: 'Gina Analyst (goanalyst-E12000003)' },
    });

    const second = await as(region, people.officer, CHOOSE, {
      input: { ...input, source: SOURCE, reason: 'We prefer the national statistic' },
    });
    expect(second.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: { source: 'PCT health profile' },
    });
    const replaced = await as<{ chooseFigureOfRecord: Figure }>(region, people.officer, CHOOSE, {
      input: {
        ...input,
        source: SOURCE,
        reason: 'Agreed at the evidence workshop: national statistic',
        replacesChoiceAt: chosen.data!.chooseFigureOfRecord.choice!.chosenAt,
      },
    });
    expect(replaced.data!.chooseFigureOfRecord.value).toBe(24.5);
    expect(replaced.data!.chooseFigureOfRecord.choices.map((c) => c.source)).toEqual([SOURCE, 'PCT health profile']);
  });

  it('refuses a choice where the sources agree, or by someone outside the area', async () => {
    const single = [HEADER, `NI114,${SHEFFIELD},2003,5.5,,,,,${SOURCE},2004-10-01,false`].join('\n');
    await uploadCsv(region, people.goAnalyst, single, 'single.csv');
    const agreed = await as(region, people.goAnalyst, CHOOSE, {
      input: { indicator: 'NI114', area: SHEFFIELD, period: '2003', source: SOURCE, reason: 'Only one source here' },
    });
    expect(agreed.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'NOT_RIVAL' });
    const outsider = await as(region, people.otherOfficer, CHOOSE, {
      input: { indicator: 'NI115', area: SHEFFIELD, period: '2003/04', source: SOURCE, reason: 'Not my area though' },
    });
    expect(outsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('local indicators', () => {
  const DEFINE = `mutation ($input: DefineLocalIndicatorInput!) { defineLocalIndicator(input: $input) { code local ownerArea title titleStatus polarity definition } }`;

  it('are defined by the area, then loaded and trended like the national set; other areas cannot load them', async () => {
    const input = {
      area: SHEFFIELD,
      code: 'alc1',
      title: 'Alcohol-related ambulance call-outs per 1,000',
      definition: 'Yorkshire Ambulance Service call-outs coded alcohol, per 1,000 residents, financial year',
      theme: 'HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE',
      polarity: 'LOWER_IS_BETTER',
    };
    const { data, errors } = await as<{ defineLocalIndicator: { code: string } }>(region, people.officer, DEFINE, {
      input,
    });
    expect(errors).toBeUndefined();
    expect(data!.defineLocalIndicator).toMatchObject({
      code: '00CG-ALC1',
      local: true,
      ownerArea: SHEFFIELD,
      titleStatus: 'SOURCED',
      polarity: 'LOWER_IS_BETTER',
    });
    expect((await as(region, people.officer, DEFINE, { input })).errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'LOCAL_INDICATOR_EXISTS',
    });
    expect(
      (await as(region, people.otherOfficer, DEFINE, { input: { ...input, code: 'X1' } })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');

    const series = ['2005/06,12.0', '2006/07,11.0', '2007/08,10.0'].map(
      (p) => `00CG-ALC1,${SHEFFIELD},${p},,,,,Yorkshire Ambulance Service,2008-06-01,false`,
    );
    const csv = [HEADER, ...series, `00CG-ALC1,00CC,2007/08,9,,,,,Yorkshire Ambulance Service,2008-06-01,false`].join(
      '\n',
    );
    const report = await uploadCsv(region, people.officer, csv, 'ambulance.csv');
    expect(report.data).toMatchObject({ inserted: 3, rejections: [{ line: 5, reason: 'OUTSIDE_CALLER_AREA' }] });
    const byAnalyst = await uploadCsv(region, people.goAnalyst, csv, 'ambulance.csv');
    expect(byAnalyst.data).toMatchObject({
      unchanged: 3,
      rejections: [{ line: 5, reason: 'LOCAL_INDICATOR_OF_ANOTHER_AREA' }],
    });

    const trend = await as<{
      area: {
        indicatorEvidence: {
          trend: { direction: string; slopePerYear: number; projection: { period: string; value: number }[] };
        };
      };
    }>(
      region,
      null,
      '{ area(code: "00CG") { indicatorEvidence(indicator: "00CG-ALC1") { trend { direction slopePerYear projection { period value } } } } }',
    );
    expect(trend.data!.area.indicatorEvidence.trend).toEqual({
      direction: 'IMPROVING',
      slopePerYear: -1,
      projection: [
        { period: '2008/09', value: 9 },
        { period: '2009/10', value: 8 },
        { period: '2010/11', value: 7 },
      ],
    });
  });
});
