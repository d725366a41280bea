import { developmentUser } from '@laa/identity';
import { readIndicators } from '@laa/reference-data';
import { TestRegion } from '@laa/testing';
import { Page } from 'playwright-core';
import { RunningConsole } from './console-server';
import { ConsoleInBrowser, fillDate, openConsoleInBrowser } from './testing/console-in-browser';

// The agreement page as a working place, in a real browser: a GO relationship manager drafts from a
// priority to a target, meets the 35-target rule and the below-trend flag, a department analyst
// raises a point, a case conference resolves it, and the history names who did what.
const REGION = 'E12000003';
let session: ConsoleInBrowser;
let region: TestRegion;
let consoleServer: RunningConsole;
let page: Page;
let rmToken: string;
let draft: { id: string; area: string };
/** An indicator improving in the area, with the levels (half way to the trend) that fall short of it. */
let belowTrend: { code: string; levels: number[] };
let thirtySixth: string;

type Figure = { period: string; value: number | null };

/** The least-squares line through the latest four figures (x = start year), at 2008, 2009 and 2010. */
function projectByHand(series: Figure[]): number[] {
  const points = series
    .filter((f) => f.value !== null)
    .map((f) => ({ x: Number(f.period.slice(0, 4)), y: f.value as number }))
    .slice(-4);
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const slope =
    points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return [2008, 2009, 2010].map((x) => my + slope * (x - mx));
}

async function chooseBelowTrend(area: string, candidates: { code: string; polarity: string | null }[]) {
  for (const indicator of candidates.filter((i) => i.polarity)) {
    const { data } = await region.query<{
      area: {
        indicatorEvidence: {
          series: Figure[];
          trend: { direction: string };
          baseline: { status: string; value: number };
        };
      };
    }>(
      'query ($a: String!, $i: String!) { area(code: $a) { indicatorEvidence(indicator: $i) { series { period value } trend { direction } baseline { status value } } } }',
      { token: rmToken, variables: { a: area, i: indicator.code } },
    );
    const evidence = data!.area.indicatorEvidence;
    if (evidence.trend.direction !== 'IMPROVING' || evidence.baseline.status !== 'RELIABLE') continue;
    const sign = indicator.polarity === 'HIGHER_IS_BETTER' ? 1 : -1;
    const projected = projectByHand(evidence.series);
    const base = evidence.baseline.value;
    if (!projected.every((p) => (p - base) * sign > 0.5)) continue;
    // Rounded to one decimal as a person would type them, and still short of the trend each year.
    return { code: indicator.code, levels: projected.map((p) => Math.round((base + (p - base) / 2) * 10) / 10) };
  }
  throw new Error(`No improving indicator with a known polarity in ${area}: the demo evidence changed`);
}

/** A draft with no targets yet, given 34 designated targets through the API: the page adds the 35th and meets the 36th. */
async function prepareDraft() {
  const { data } = await region.query<{
    areas: { code: string; agreement: { id: string; targets: { id: string }[] } | null }[];
  }>('{ areas { code agreement { id targets { id } } } }', { token: rmToken });
  const found = data!.areas.find((a) => a.agreement && a.agreement.targets.length === 0)!;
  draft = { id: found.agreement!.id, area: found.code };
  const designated = readIndicators().filter((i) => !i.withdrawn && !i.statutoryDcsf);
  belowTrend = await chooseBelowTrend(draft.area, designated);
  const others = designated.filter((i) => i.code !== belowTrend.code);
  thirtySixth = others[34].code;
  for (const indicator of others.slice(0, 34)) {
    const added = await region.query('mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }', {
      token: rmToken,
      variables: {
        input: {
          agreementId: draft.id,
          kind: 'DESIGNATED',
          indicatorCode: indicator.code,
          baseline: { value: 50, period: '2007/08', source: 'Test figures' },
        },
      },
    });
    expect(added.errors).toBeUndefined();
  }
}

beforeAll(async () => {
  session = await openConsoleInBrowser(REGION);
  ({ region, console: consoleServer, page } = session);
  rmToken = await region.tokenFor(developmentUser('rm', REGION, '')!);
  await prepareDraft();
}, 600_000);

afterAll(() => session?.stop());

const signInAs = (user: string) => session.signInAs(user, draft.area);

async function openAgreement() {
  await page.goto(`${consoleServer.url}#/agreement/${REGION}/${draft.id}`);
  await page.reload();
  await page.getByTestId('agreement-page').waitFor({ timeout: 20_000 });
}

const form = (name: string) => page.getByRole('form', { name });
/** Submits a form and waits until the page has the answer: saved, or the API's refusal. */
async function submit(name: string, button: string) {
  await form(name).getByRole('button', { name: button }).click();
  await form(name).locator('[role="status"], [role="alert"]').first().waitFor({ timeout: 20_000 });
}

describe('the agreement page as a working place', () => {
  it('drafts from a priority to a target, refuses the 36th designated and flags a target below trend', async () => {
    await signInAs('rm');
    await openAgreement();
    // The page names itself (one H1) and the browser tab after it.
    await page.waitForFunction((code) => document.title.endsWith(` ${code} agreement – LAA Platform`), draft.area, {
      timeout: 20_000,
    });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      new RegExp(` ${draft.area} agreement$`),
    );

    await form('Add a priority outcome').getByLabel('Priority outcome').fill('Reducing alcohol related harm');
    await form('Add a priority outcome')
      .getByLabel('Why it matters here')
      .fill('Hospital admissions, crime and disorder');
    await submit('Add a priority outcome', 'Add priority');
    const priority = page.getByTestId('priority-Reducing alcohol related harm');
    await priority.waitFor();

    await priority.getByText('Assess “Reducing alcohol related harm”').click();
    const assess = form('Assess Reducing alcohol related harm');
    await assess.getByLabel('Local people see the issue as a priority').check();
    await assess.getByLabel('Offer synergy and linkages across the four themes').check();
    await assess.getByLabel(/^Tier/).selectOption('1');
    await assess.getByLabel('Reason', { exact: true }).fill("Residents' survey; it cuts across health and crime");
    await submit('Assess Reducing alcohol related harm', 'Record assessment');
    await expect(priority.textContent()).resolves.toContain(
      'tier 1 · 2 criteria met (assessed by Demo Relationship Manager',
    );

    const add = form('Add a target');
    await add.getByLabel('Indicator', { exact: true }).fill(belowTrend.code);
    await add.getByLabel(/^Serves priority/).selectOption({ label: 'Reducing alcohol related harm' });
    await expect(
      add.getByLabel("Take it from the evidence base (the area's figure of record)").isChecked(),
    ).resolves.toBe(true);
    for (const [i, year] of ['2008/09', '2009/10', '2010/11'].entries())
      await add.getByLabel(year).fill(String(belowTrend.levels[i]));
    await submit('Add a target', 'Add target');
    const row = page.getByTestId(`target-${belowTrend.code}`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('serves “Reducing alcohol related harm”');
    await expect(
      page.getByTestId(`stretch-${belowTrend.code}`).getByRole('listitem').first().textContent(),
    ).resolves.toBe('Below trend');
    await expect(page.getByRole('heading', { name: /Targets \(35 of up to 35 designated/ }).isVisible()).resolves.toBe(
      true,
    );

    await add.getByLabel('Indicator', { exact: true }).fill(thirtySixth);
    await fillDate(add, 'Baseline due by', '2008-09-30');
    await submit('Add a target', 'Add target');
    await expect(add.getByRole('alert').textContent()).resolves.toContain(
      'An agreement can have at most 35 designated improvement targets and this one already has 35',
    );
    await expect(page.getByTestId(`target-${thirtySixth}`).count()).resolves.toBe(0);
    await page.screenshot({ path: 'tmp/console-agreement-targets.png', fullPage: true });
  });

  it('shows the conflict and the current values when the levels changed since the page read them', async () => {
    const { data } = await region.query<{
      agreement: { targets: { id: string; version: number; indicatorCode: string; levels: number[] }[] };
    }>('query ($id: ID!) { agreement(id: $id) { targets { id version indicatorCode levels } } }', {
      token: rmToken,
      variables: { id: draft.id },
    });
    const target = data!.agreement.targets.find((t) => t.indicatorCode === belowTrend.code)!;
    // Someone else changes the levels behind the page's back.
    const changed = await region.query(
      'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id } }',
      {
        token: rmToken,
        variables: { input: { targetId: target.id, expectedVersion: target.version, levels: target.levels } },
      },
    );
    expect(changed.errors).toBeUndefined();
    const row = page.getByTestId(`target-${belowTrend.code}`);
    await row.getByText('Set levels').click();
    const levels = form(`Set levels of ${belowTrend.code}`);
    await levels.getByLabel('2010/11').fill(String(belowTrend.levels[2]));
    await submit(`Set levels of ${belowTrend.code}`, 'Save levels');
    const alert = await levels.getByRole('alert').textContent();
    expect(alert).toContain(
      `Not saved: someone else changed this since you read it (now version ${target.version + 1} with levels ${target.levels.join(' · ')})`,
    );
  });

  it('lets a department analyst raise a point that a case conference then resolves, and the history names who did what', async () => {
    await signInAs('analyst');
    await openAgreement();
    const raise = form('Raise a negotiation point');
    await raise.getByLabel(/^Against/).selectOption({ label: `target ${belowTrend.code}` });
    await raise.getByLabel('Point', { exact: true }).fill('DCSF: the levels ask for less than the trend');
    await raise.getByLabel('The case for it').fill('The area improves faster than this target asks');
    await submit('Raise a negotiation point', 'Raise point');
    const point = page.getByTestId('point-DCSF: the levels ask for less than the trend');
    await point.waitFor();
    await expect(point.textContent()).resolves.toContain(
      'Demo DCSF Analyst (Children, Schools and Families, through the GO: not yet relayed to the area)',
    );
    // An analyst negotiates but does not edit or convene: the page offers neither.
    await expect(form('Add a target').count()).resolves.toBe(0);
    await expect(form('Schedule a case conference').count()).resolves.toBe(0);

    // Departments speak through the GO: the relationship manager relays the point, and the area then sees it as the GO's.
    await signInAs('rm');
    await openAgreement();
    const relay = form("Relay a department's point to the area");
    await relay.getByRole('combobox').selectOption({ label: 'DCSF: the levels ask for less than the trend' });
    await relay.getByLabel('What the GO tells the area').fill('Government would look for the trend at least');
    // Once relayed, no point is left with the GO and the form goes: the table says the point is the area's now.
    await relay.getByRole('button', { name: 'Relay to the area' }).click();
    await page.waitForFunction(
      () =>
        !document
          .querySelector('[data-testid="point-DCSF: the levels ask for less than the trend"]')
          ?.textContent?.includes('not yet relayed'),
    );
    const schedule = form('Schedule a case conference');
    await fillDate(schedule, 'Held on', '2008-03-14');
    await schedule.getByLabel('Children, Schools and Families').check();
    await schedule.getByLabel('Others invited (comma separated)').fill('Audit Commission, Jobcentre Plus');
    await schedule.getByLabel('DCSF: the levels ask for less than the trend').check();
    await submit('Schedule a case conference', 'Schedule');
    await page.getByTestId('conference-2008-03-14').waitFor();

    const outcome = form('Outcome for DCSF: the levels ask for less than the trend');
    await outcome.getByLabel('Outcome', { exact: true }).fill('Levels to be raised to the trend; DCSF content');
    await outcome.getByLabel('This resolves the point').check();
    await outcome.getByRole('button', { name: 'Record outcome' }).click();
    await page
      .locator('[data-testid="point-DCSF: the levels ask for less than the trend"][data-status="RESOLVED"]')
      .waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('conference-2008-03-14').textContent()).resolves.toContain(
      'Levels to be raised to the trend; DCSF content (resolved it), recorded by Demo Relationship Manager',
    );

    const history = page.getByTestId('history');
    await expect(history.textContent()).resolves.toContain(
      'Raised Negotiation point "DCSF: the levels ask for less than the trend" (the GO, for DCSF), by Demo Relationship Manager',
    );
    await expect(history.textContent()).resolves.toContain(
      `Added Target ${belowTrend.code} (Designated), by Demo Relationship Manager`,
    );
    await expect(history.textContent()).resolves.toContain(
      'Resolved Negotiation point "DCSF: the levels ask for less than the trend": Case conference on 14 March 2008',
    );
    await page.screenshot({ path: 'tmp/console-agreement-negotiation.png', fullPage: true });
  });

  it('moves the agreement to its next stage with the reason in its history, for its editors only', async () => {
    await signInAs('rm');
    await openAgreement();
    const stages = page.getByTestId('stages');
    const before = await stages.locator('[aria-current="step"]').textContent();
    const move = form('Move to the next stage');
    await move.getByLabel('Why now').fill('Agreed at the LSP board, 12 November');
    await move.getByRole('button', { name: /^Move to/ }).click();
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="stages"] [aria-current="step"]')?.textContent !== old,
      before,
    );
    const after = await stages.locator('[aria-current="step"]').textContent();
    expect(after).not.toBe(before);
    // The stage shows from the mutation's answer at once; the history once the page has read the agreement again.
    await page
      .getByTestId('history')
      .getByText(/Moved to [A-Z][a-z -]+: Agreed at the LSP board, 12 November, by Demo Relationship Manager/)
      .waitFor({ timeout: 20_000 });

    await signInAs('analyst');
    await openAgreement();
    await expect(form('Move to the next stage').count()).resolves.toBe(0);
  });
});
