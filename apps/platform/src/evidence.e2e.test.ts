import { developmentUser } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { Page } from 'playwright-core';
import { RunningConsole } from './console-server';
import { ConsoleInBrowser, fillDate, openConsoleInBrowser } from './testing/console-in-browser';

// The shared evidence base in a real browser: a GO analyst imports a council's CSV and sees every
// rejected row, reads an indicator's trend and benchmark (the same figures as the API's, the
// quartile as computed by hand) and resolves rival data with a reason; the partnership officer
// records soft intelligence, writes the next version of the story of place (meeting a conflict on
// the way) and signs it off for the LSP.
const REGION = 'E12000003';
const SHEFFIELD = '00CG';
const INDICATOR = 'NI116';
const HEADER = 'indicator,area,period,value,numerator,denominator,ci_lower,ci_upper,source,published,provisional';
const SOURCE = 'Council performance feed (test)';

let session: ConsoleInBrowser;
let region: TestRegion;
let consoleServer: RunningConsole;
let page: Page;
const token = (key: string, area = '') => region.tokenFor(developmentUser(key, REGION, area)!);
const signInAs = (user: string, area = '') => session.signInAs(user, area);

beforeAll(async () => {
  session = await openConsoleInBrowser(REGION);
  ({ region, console: consoleServer, page } = session);
}, 600_000);

afterAll(() => session?.stop());

async function open(hash: string, ready: string) {
  await page.goto(`${consoleServer.url}${hash}`);
  await page.getByTestId(ready).waitFor({ timeout: 20_000 });
}

const textOf = async (testId: string, within = page.locator('body')) =>
  ((await within.getByTestId(testId).textContent()) ?? '').trim();
/** A figure as the page shows it ("1,234.5", "−0.22 a year"), read back as a number. */
const shownNumber = (text: string) => Number(text.replace(/−/g, '-').replace(/[^\d.+-]/g, ''));

describe('the evidence import page', () => {
  it('uploads a CSV with good and bad rows and shows every rejected row with its line and reason', async () => {
    await signInAs('goanalyst');
    await open(`#/evidence-import/${REGION}`, 'import-page');
    const csv = [
      HEADER,
      `NI117,${SHEFFIELD},2003/04,7.1,,,,,${SOURCE},2004-10-01,false`,
      `NI999,${SHEFFIELD},2003/04,1,,,,,${SOURCE},2004-10-01,false`,
      `NI117,ZZZZ,2003/04,1,,,,,${SOURCE},2004-10-01,false`,
      `NI118,${SHEFFIELD},2003/05,1,,,,,${SOURCE},2004-10-01,false`,
      `NI118,${SHEFFIELD},2003/04,lots,,,,,${SOURCE},2004-10-01,false`,
      `NI118,${SHEFFIELD},2003/04,3.5,,,,,${SOURCE},2004-10-01,true`,
    ].join('\n');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'council-feed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 20_000 });

    await expect(report.getByRole('heading').textContent()).resolves.toBe('Import report: council-feed.csv');
    const counts = await Promise.all(
      ['rows', 'loaded', 'superseded', 'unchanged', 'rejected'].map((c) => textOf(`count-${c}`, report)),
    );
    expect(counts).toEqual(['6', '2', '0', '0', '4']);
    const rejected = await report
      .getByTestId('rejected-rows')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('th')?.textContent,
          row.getAttribute('data-reason'),
          row.querySelectorAll('td')[0]?.textContent,
        ]),
      );
    expect(rejected).toEqual([
      ['3', 'UNKNOWN_INDICATOR', 'Unknown indicator UNKNOWN_INDICATOR'],
      ['4', 'UNKNOWN_AREA', 'Unknown area UNKNOWN_AREA'],
      ['5', 'BAD_PERIOD', 'Bad period BAD_PERIOD'],
      ['6', 'NOT_A_NUMBER', 'Not a number NOT_A_NUMBER'],
    ]);
    await expect(page.getByTestId('upload-progress').getAttribute('value')).resolves.toBe('100');

    // The region's import history, in the page and in the API, has this load by the analyst.
    const latest = page.getByTestId('recent-imports').locator('tbody tr').first();
    await expect(latest.textContent()).resolves.toContain('council-feed.csv');
    await expect(latest.textContent()).resolves.toContain('Demo GO Analyst');
    const { data } = await region.query<{
      observationImports: { origin: string; inserted: number; rejected: number }[];
    }>('{ observationImports(limit: 1) { origin inserted rejected } }', { token: await token('goanalyst') });
    expect(data!.observationImports[0]).toEqual({ origin: 'council-feed.csv', inserted: 2, rejected: 4 });
    await page.screenshot({ path: 'tmp/console-evidence-import.png', fullPage: true });
  });
});

type Benchmark = {
  period: string;
  value: number;
  regionAverage: number;
  englandAverage: number;
  similarAreasAverage: number;
  rank: number;
  areasRanked: number;
  quartile: number;
};
type Evidence = {
  indicator: { code: string; titleStatus: string };
  baseline: { status: string };
  trend: { direction: string; slopePerYear: number; projection: { period: string; value: number }[] };
  benchmark: Benchmark;
};

describe("an area's evidence page", () => {
  it("shows an indicator's direction of travel, benchmark and quartile as the API gives them", async () => {
    await page.goto(consoleServer.url);
    await page.getByRole('link', { name: 'Evidence base of Sheffield' }).click();
    await page.getByTestId('evidence-page').waitFor({ timeout: 20_000 });
    await page.getByTestId(`profile-${INDICATOR}`).getByRole('link').click();
    const detail = page.getByTestId('indicator-detail');
    await detail.waitFor({ timeout: 20_000 });

    const { data } = await region.query<{ area: { indicatorEvidence: Evidence; evidenceProfile: Evidence[] } }>(
      `{ area(code: "${SHEFFIELD}") {
          indicatorEvidence(indicator: "${INDICATOR}") { indicator { code titleStatus } baseline { status } trend { direction slopePerYear projection { period value } }
            benchmark { period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile } }
          evidenceProfile { indicator { code titleStatus } baseline { status } } } }`,
    );
    const { trend, benchmark } = data!.area.indicatorEvidence;

    await expect(
      detail.getByTestId('trend-direction').locator('[data-direction]').getAttribute('data-direction'),
    ).resolves.toBe(trend.direction);
    expect(shownNumber(await textOf('trend-slope', detail))).toBeCloseTo(trend.slopePerYear, 3);
    for (const projected of trend.projection) {
      expect(
        shownNumber((await detail.getByTestId(`projection-${projected.period}`).locator('strong').textContent()) ?? ''),
      ).toBe(projected.value);
    }
    await expect(detail.getByTestId('trend').textContent()).resolves.toContain('Rule: A least-squares line');
    await expect(detail.getByTestId('projection-line').count()).resolves.toBe(1);

    const shown = await Promise.all(
      [
        'benchmark-value',
        'benchmark-region',
        'benchmark-england',
        'benchmark-similar',
        'benchmark-rank',
        'benchmark-areas-ranked',
      ].map(async (id) => shownNumber(await textOf(id, detail))),
    );
    expect(shown).toEqual([
      benchmark.value,
      benchmark.regionAverage,
      benchmark.englandAverage,
      benchmark.similarAreasAverage,
      benchmark.rank,
      benchmark.areasRanked,
    ]);
    const quartile = Math.min(4, Math.floor((4 * (benchmark.rank - 1)) / (benchmark.areasRanked - 1)) + 1);
    expect(benchmark.quartile).toBe(quartile);
    await expect(detail.getByTestId('benchmark-quartile').getAttribute('data-quartile')).resolves.toBe(
      String(quartile),
    );
    await expect(textOf('benchmark-quartile', detail)).resolves.toMatch(
      new RegExp(`^${['1st', '2nd', '3rd', '4th'][quartile - 1]} quartile`),
    );
    await expect(detail.getByTestId('benchmark').textContent()).resolves.toContain(`Benchmark, ${benchmark.period}`);
    // Demo figures say so wherever they are shown.
    await expect(detail.getByTestId('series').locator('.synthetic').count()).resolves.toBeGreaterThan(0);

    // The profile marks titles that are not sourced, and baselines still to come.
    const profile = data!.area.evidenceProfile;
    const unverified = profile.find((p) => p.indicator.titleStatus === 'UNVERIFIED')!;
    await expect(page.getByTestId(`profile-${unverified.indicator.code}`).textContent()).resolves.toContain(
      'title unverified',
    );
    const placeholder = profile.find((p) => p.baseline.status === 'PLACEHOLDER')!;
    await expect(
      page.getByTestId(`profile-${placeholder.indicator.code}`).locator('[data-baseline]').textContent(),
    ).resolves.toBe('Placeholder');
    await page.screenshot({ path: 'tmp/console-evidence-area.png', fullPage: true });

    // By theme: the profile lists that theme's indicators only, the chosen indicator staying open.
    const theme = await region.query<{ area: { evidenceProfile: Evidence[] } }>(
      `{ area(code: "${SHEFFIELD}") { evidenceProfile(theme: SAFER_AND_STRONGER_COMMUNITIES) { indicator { code } } } }`,
    );
    const codes = theme.data!.area.evidenceProfile.map((p) => `profile-${p.indicator.code}`);
    await page.getByTestId('profile-theme').selectOption('SAFER_AND_STRONGER_COMMUNITIES');
    await page.waitForFunction(
      (n) => document.querySelectorAll('section.profile[aria-busy="false"] tbody tr').length === n,
      codes.length,
      { timeout: 20_000 },
    );
    await expect(
      page.locator('section.profile tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid'))),
    ).resolves.toEqual(codes);
    await expect(detail.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(INDICATOR);
  });
});

type Rival = {
  indicatorCode: string;
  areaCode: string;
  period: string;
  candidates: { source: string; value: number }[];
};
const RIVALS = '{ rivalFigures { indicatorCode areaCode period candidates { source value } } }';
const cardId = (f: Rival) => `rival-${f.areaCode}-${f.indicatorCode}-${f.period}`.replace(/[^A-Za-z0-9-]/g, '-');

describe("an indicator's reference values", () => {
  it('marks what is not sourced, and shows when a statutory indicator is in the set, inferred, with the reason', async () => {
    await open(`#/evidence/${REGION}/${SHEFFIELD}/NI74`, 'indicator-detail');
    const detail = page.getByTestId('indicator-detail');
    await expect(detail.locator('p.reference').textContent()).resolves.toMatch(/Department unknown department missing/);
    const memberships = await textOf('statutory-memberships', detail);
    expect(memberships).toContain(
      'Statutory DCSF target from 2008-04-01 until 2008-12-31 (not in force from that day) statutory membership inferred',
    );
    expect(memberships).toContain('SI 2008/3086');
  });
});

describe('the rival data page', () => {
  it('resolves a rival figure with a reason, and shows plainly who chose what when a choice came first', async () => {
    await signInAs('goanalyst');
    const { data } = await region.query<{ rivalFigures: Rival[] }>(RIVALS, { token: await token('goanalyst') });
    const [first, second] = data!.rivalFigures;
    await open(`#/rival-data/${REGION}`, 'rival-data-page');

    const chosen = first.candidates[1];
    let card = page.getByTestId('rival-open').getByTestId(cardId(first));
    await card.getByRole('radio', { name: `${chosen.source}:` }).check();
    await card.getByLabel(/^Why this source/).fill('The partnership survey uses the agreed denominator');
    await card.getByRole('button', { name: 'Make it the figure of record' }).click();
    card = page.getByTestId('rival-resolved').getByTestId(cardId(first));
    await card.getByRole('alert').waitFor({ timeout: 20_000 });
    await expect(card.getByTestId('choices').textContent()).resolves.toContain(
      `${chosen.source}, chosen by Demo GO Analyst on `,
    );
    await expect(card.getByTestId('choices').textContent()).resolves.toContain(
      'The partnership survey uses the agreed denominator',
    );
    const figure = await region.query<{
      area: { indicatorEvidence: { series: { period: string; value: number | null; unresolved: boolean }[] } };
    }>(
      `{ area(code: "${first.areaCode}") { indicatorEvidence(indicator: "${first.indicatorCode}") { series { period value unresolved } } } }`,
    );
    expect(figure.data!.area.indicatorEvidence.series.find((f) => f.period === first.period)).toEqual({
      period: first.period,
      value: chosen.value,
      unresolved: false,
    });

    // The relationship manager chooses the second figure while the page still offers it as open.
    const choice = await region.query(
      'mutation ($input: FigureOfRecordInput!) { chooseFigureOfRecord(input: $input) { value } }',
      {
        token: await token('rm'),
        variables: {
          input: {
            indicator: second.indicatorCode,
            area: second.areaCode,
            period: second.period,
            source: second.candidates[0].source,
            reason: 'Agreed at the evidence workshop',
          },
        },
      },
    );
    expect(choice.errors).toBeUndefined();
    const stale = page.getByTestId('rival-open').getByTestId(cardId(second));
    await stale.getByRole('radio', { name: `${second.candidates[1].source}:` }).check();
    await stale.getByLabel(/^Why this source/).fill('We prefer the other source for this one');
    await stale.getByRole('button', { name: 'Make it the figure of record' }).click();
    const refused = page.getByTestId('rival-resolved').getByTestId(cardId(second)).getByRole('alert');
    await refused.waitFor({ timeout: 20_000 });
    await expect(refused.textContent()).resolves.toContain(
      `Not saved: Demo Relationship Manager chose "${second.candidates[0].source}" as the figure of record`,
    );
    await page.getByTestId('rival-resolved').screenshot({ path: 'tmp/console-evidence-rival-data.png' });
  });
});

type Story = { version: number; signOff: { signedOffBy: string; note: string } | null };
const STORY = `{ area(code: "${SHEFFIELD}") { storyOfPlace { version placeToday ambition signOff { signedOffBy note } claims { statement indicators: indicatorCodes softEvidenceIds } } } }`;

describe('the story of place', () => {
  it('lets the partnership officer record soft intelligence and define a local indicator, write the next version of the story (past a conflict) and sign it off', async () => {
    await signInAs('po', SHEFFIELD);
    const before = await region.query<{
      area: {
        storyOfPlace: Story & {
          placeToday: string;
          ambition: string;
          claims: { statement: string; indicators: string[]; softEvidenceIds: string[] }[];
        };
      };
    }>(STORY, { token: await token('po', SHEFFIELD) });
    const read = before.data!.area.storyOfPlace;
    await open(`#/evidence/${REGION}/${SHEFFIELD}/${INDICATOR}`, 'story');

    const record = page.getByRole('form', { name: 'Record soft intelligence' });
    await record.getByLabel('Kind').selectOption('CONSULTATION');
    await record.getByLabel('Title', { exact: true }).fill('Child poverty consultation (test)');
    await record.getByLabel(/^Source/).fill("Sheffield Children's Trust");
    await fillDate(record, 'Dated', '2008-02-01');
    await record.getByLabel('Theme').selectOption('CHILDREN_AND_YOUNG_PEOPLE');
    await record.getByLabel('What it found or says').fill('Parents name childcare costs as the main barrier to work');
    await expect(record.getByLabel(/^Indicators it bears on/).inputValue()).resolves.toBe(INDICATOR);
    await record.getByRole('button', { name: 'Record it' }).click();
    await record.getByRole('alert').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('soft-evidence').textContent()).resolves.toContain(
      'Child poverty consultation (test)',
    );

    // A local indicator for a local priority joins the profile, a placeholder until its figures load.
    await page.getByText('Define a local indicator').click();
    const define = page.getByRole('form', { name: 'Define a local indicator' });
    await define.getByLabel(/^Code/).fill('alc1');
    await define.getByLabel('Title').fill('Alcohol-related ambulance call-outs per 1,000');
    await define.getByLabel('Theme').selectOption('HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE');
    await define.getByLabel('Better direction').selectOption('LOWER_IS_BETTER');
    await define
      .getByLabel(/^Definition/)
      .fill('Ambulance call-outs coded alcohol, per 1,000 residents, financial year');
    await define.getByRole('button', { name: 'Define it' }).click();
    const local = page.getByTestId(`profile-${SHEFFIELD}-ALC1`);
    await local.waitFor({ timeout: 20_000 });
    await expect(local.locator('[data-baseline]').textContent()).resolves.toBe('Placeholder');

    await page.getByRole('button', { name: `Write version ${read.version + 1}` }).click();
    const editor = page.getByRole('form', { name: /of the story of place$/ });
    await editor
      .getByLabel('What kind of place it wants to be')
      .fill('A city where every child shares in its success.');
    await editor.getByRole('button', { name: 'Add a claim' }).click();
    const claim = editor.getByRole('group', { name: `Claim ${read.claims.length + 1}` });
    await claim.getByLabel('Statement').fill('Child poverty is high but no longer rising');
    await claim.getByLabel(/^Indicators behind it/).fill(INDICATOR);
    await claim.getByLabel('Child poverty consultation (test)').check();

    // The relationship manager writes a version meanwhile: the page must not overwrite it unseen.
    const meanwhile = await region.query(
      'mutation ($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { version } }',
      {
        token: await token('rm'),
        variables: {
          input: {
            area: SHEFFIELD,
            expectedVersion: read.version,
            placeToday: read.placeToday,
            ambition: 'A successful, distinctive city.',
            claims: read.claims.map((c) => ({
              statement: c.statement,
              indicators: c.indicators,
              softEvidence: c.softEvidenceIds,
            })),
          },
        },
      },
    );
    expect(meanwhile.errors).toBeUndefined();
    await editor.getByRole('button', { name: `Save as version ${read.version + 1}` }).click();
    const conflict = editor.getByRole('alert');
    await conflict.waitFor({ timeout: 20_000 });
    await expect(conflict.textContent()).resolves.toContain(
      `Not saved: this is now at version ${read.version + 1}, written by Demo Relationship Manager,`,
    );
    await expect(page.getByTestId('story-latest').getAttribute('data-version')).resolves.toBe(String(read.version + 1));
    await editor
      .getByRole('button', {
        name: `I have read version ${read.version + 1}: write mine as version ${read.version + 2}`,
      })
      .click();
    await editor.getByRole('button', { name: `Save as version ${read.version + 2}` }).click();
    await page
      .getByTestId('story')
      .getByRole('alert')
      .filter({ hasText: `Saved as version ${read.version + 2}.` })
      .waitFor({ timeout: 20_000 });

    const latest = page.getByTestId('story-latest');
    await expect(latest.getAttribute('data-version')).resolves.toBe(String(read.version + 2));
    await expect(textOf('story-sign-off', latest)).resolves.toBe('Not yet signed off by the LSP');
    const evidence = await region.query<{ area: { indicatorEvidence: { trend: { direction: string } } } }>(
      `{ area(code: "${SHEFFIELD}") { indicatorEvidence(indicator: "${INDICATOR}") { trend { direction } } } }`,
    );
    const claimEvidence = latest.getByTestId(`claim-evidence-${INDICATOR}`);
    await expect(claimEvidence.locator('[data-direction]').getAttribute('data-direction')).resolves.toBe(
      evidence.data!.area.indicatorEvidence.trend.direction,
    );
    await expect(latest.getByTestId('story-claims').textContent()).resolves.toContain(
      'Soft intelligence: Child poverty consultation (test)',
    );

    const signOff = page.getByRole('form', { name: 'LSP sign-off' });
    await signOff.getByLabel(/^The LSP's decision/).fill('LSP board, 12 March 2008');
    await signOff.getByRole('button', { name: `Sign off version ${read.version + 2} for the LSP` }).click();
    await expect(
      latest
        .getByTestId('story-sign-off')
        .filter({ hasText: 'Signed off for the LSP' })
        .textContent({ timeout: 20_000 }),
    ).resolves.toMatch(
      /^Signed off for the LSP by Demo Partnership Officer on \d{1,2} [A-Z][a-z]+ \d{4}: LSP board, 12 March 2008$/,
    );
    const after = await region.query<{ area: { storyOfPlace: Story } }>(STORY, { token: await token('po', SHEFFIELD) });
    expect(after.data!.area.storyOfPlace).toMatchObject({
      version: read.version + 2,
      signOff: { signedOffBy: 'Demo Partnership Officer (po-00CG)', note: 'LSP board, 12 March 2008' },
    });
    await expect(
      page
        .getByTestId('story-versions')
        .locator('li[data-version]')
        .evaluateAll((items) => items.map((i) => Number(i.getAttribute('data-version')))),
    ).resolves.toEqual(Array.from({ length: read.version + 2 }, (_, i) => read.version + 2 - i));
    await page.screenshot({ path: 'tmp/console-evidence-story.png', fullPage: true });
  });
});
