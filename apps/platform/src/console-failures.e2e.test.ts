import { REGIONS, RegionCode } from '@laa/domain';
import { developmentUser, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@laa/identity';
import { openBrowser, TEST_AUTH_SECRET, TestBrowser, TestRegion } from '@laa/testing';
import { startTestRegion } from './testing';
import { SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { consoleRegions, RunningConsole, serveConsole } from './console-server';

// The console where things go wrong (issue 15), in a real browser against real regional gateways: a bad URL, an
// expired token, a stopped region, the network cut during a save; and the national view as departments use it, a
// department analyst exporting the totals by indicator. Eight regions answer (two with the demo round, six opened
// from an empty store); London's gateway is stopped (its port closed).
const SEEDED: RegionCode[] = ['E12000001', 'E12000003'];
const EMPTY: RegionCode[] = ['E12000002', 'E12000004', 'E12000005', 'E12000006', 'E12000008', 'E12000009'];
const STOPPED: RegionCode = 'E12000007';
const STOPPED_URL = 'http://127.0.0.1:9/graphql';

let regions: TestRegion[] = [];
let consoleServer: RunningConsole;
let browser: TestBrowser;

beforeAll(async () => {
  regions = await Promise.all(SEEDED.map((code) => startTestRegion(code)));
  regions.push(...(await Promise.all(EMPTY.map((code) => startTestRegion(code, { seedDemo: false })))));
  consoleServer = await serveConsole({
    port: 0,
    regions: consoleRegions(new Map(regions.map((r) => [r.region, r.gatewayUrl])), () => STOPPED_URL),
    environment: 'test',
    developmentAuthSecret: TEST_AUTH_SECRET,
  });
  browser = await openBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await consoleServer?.close();
  await Promise.all(regions.map((r) => r.stop()));
});

const regionOf = (code: RegionCode) => regions.find((r) => r.region === code)!;
const sessionToken = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('laa.session') ?? '{}') as { token: string }).token);

async function signInAs(page: Page, user: string, region: RegionCode = 'E12000003', area = '') {
  await page.goto(consoleServer.url);
  await page.locator('[data-testid="session"], [data-testid="sign-in-user"]').first().waitFor({ timeout: 20_000 });
  const signOut = page.getByRole('button', { name: 'Sign out' });
  if (await signOut.isVisible()) await signOut.click();
  await page.getByTestId('sign-in-user').selectOption(user);
  await page.getByTestId('sign-in-region').selectOption(region);
  await page.getByTestId('sign-in-area').fill(area);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('session').waitFor({ timeout: 20_000 });
}

/** The national view once every region has answered or failed. */
async function nationalViewSettled(page: Page) {
  for (const r of regions)
    await page.locator(`[data-testid="region-${r.region}"][data-status="ready"]`).waitFor({ timeout: 30_000 });
  await page.locator(`[data-testid="region-${STOPPED}"][data-status="unavailable"]`).waitFor({ timeout: 30_000 });
}

/** Reads CSV text as the console writes it (every text cell quoted, numbers bare). */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)|(?<=,|^)(?=,|$)/g)].map((m) =>
        m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''),
      ),
    );
}

describe('the console when things go wrong', () => {
  it('gives "Page not found" for an unknown region, area or agreement, with the navigation intact', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    for (const path of [
      '#/sign-off/E12000099/x',
      '#/agreement/E12000003/6d8f1c3e-0000-4000-8000-000000000000',
      '#/evidence/E12000003/ZZZZ',
      '#/no-such-page',
    ]) {
      await page.goto(`${consoleServer.url}${path}`);
      await page.getByTestId('not-found').waitFor({ timeout: 20_000 });
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
      await expect(
        page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Sign-off' }).isVisible(),
      ).resolves.toBe(true);
    }
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'National view' }).click();
    await page.getByRole('heading', { level: 1, name: 'National view' }).waitFor({ timeout: 20_000 });
    expect(pageErrors).toEqual([]);
  });

  it('signs the person out on an expired token, asks them to sign in again, and still shows public data', async () => {
    const page = await browser.context.newPage();
    await signInAs(page, 'analyst');
    const analyst = developmentUser('analyst', 'E12000003', '')!;
    const expired = await new SignJWT({ name: analyst.name, grants: analyst.grants })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(analyst.id)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    expect(
      (await regionOf('E12000003').query('{ region { code } }', { token: expired })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
    await page.evaluate(
      (token) =>
        localStorage.setItem(
          'laa.session',
          JSON.stringify({ ...JSON.parse(localStorage.getItem('laa.session')!), token }),
        ),
      expired,
    );

    await page.reload();
    await page.getByTestId('session-ended').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('session-ended').textContent()).resolves.toContain('Sign in again');
    await expect(page.getByRole('button', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('session').count()).resolves.toBe(0);
    // Every answering region loads its public data without the token, and the totals count signed agreements only.
    await nationalViewSettled(page);
    await expect(page.getByTestId('choice-scope').textContent()).resolves.toContain('signed agreements only');
    await expect(page.locator('[data-testid="region-E12000003"] tbody tr').count()).resolves.toBe(15);
  });

  it('tells a stopped region from one that answered with an error, and says which regions the totals lack', async () => {
    const page = await browser.context.newPage();
    await page.goto(consoleServer.url);
    await nationalViewSettled(page);
    const stopped = page.locator(`[data-testid="region-${STOPPED}"] .unavailable`);
    await expect(stopped.getAttribute('data-failure')).resolves.toBe('not-running');
    await expect(stopped.textContent()).resolves.toContain('Not running: no connection');
    await expect(page.getByTestId('missing-regions').textContent()).resolves.toContain('Not in these totals: London.');
    await expect(page.getByTestId('national-summary').textContent()).resolves.toContain(
      `${REGIONS.length} regions · 8 answering`,
    );

    // A proxy in front of London answering 502 with a reason: an error, with its status and reason on screen.
    const failing = await browser.context.newPage();
    await failing.route(STOPPED_URL, (route) =>
      route.fulfill({
        status: 502,
        headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' },
        body: JSON.stringify({
          errors: [{ message: "the region's gateway timed out upstream", extensions: { code: 'BAD_GATEWAY' } }],
        }),
      }),
    );
    await failing.goto(consoleServer.url);
    const answered = failing.locator(`[data-testid="region-${STOPPED}"] .unavailable[data-failure="error"]`);
    await answered.waitFor({ timeout: 20_000 });
    await expect(answered.textContent()).resolves.toContain(
      "Answered with an error (HTTP 502): the region's gateway timed out upstream",
    );
  });

  it('keeps what was typed when the network is cut during a save, and saves it on retry', async () => {
    const page = await browser.context.newPage();
    await signInAs(page, 'rm');
    const sheffield = regionOf('E12000003');
    const { data } = await sheffield.query<{
      areas: { code: string; agreement: { id: string; signOff: { stage: string } } | null }[];
    }>('{ areas { code agreement { id signOff { stage } } } }');
    const draft = data!.areas.find((a) => a.agreement && a.agreement.signOff.stage === 'NOT_STARTED')!;
    await page.goto(`${consoleServer.url}#/agreement/E12000003/${draft.agreement!.id}`);
    await page.getByTestId('agreement-page').waitFor({ timeout: 20_000 });
    const form = page.getByRole('form', { name: 'Add a priority outcome' });
    const title = `Fewer empty homes brought back into use ${Date.now()}`;
    await form.getByLabel('Priority outcome').fill(title);
    await form.getByLabel('Why it matters here').fill('Typed before the network went down');

    await browser.context.setOffline(true);
    await form.getByRole('button', { name: 'Add priority' }).click();
    await form.getByRole('alert').waitFor({ timeout: 20_000 });
    await expect(form.getByRole('alert').textContent()).resolves.toContain('Not saved: the gateway did not answer');
    await expect(page.getByTestId('agreement-page').isVisible()).resolves.toBe(true);
    await page.getByTestId('agreement-stale').waitFor({ timeout: 20_000 });
    await expect(form.getByLabel('Priority outcome').inputValue()).resolves.toBe(title);
    await expect(form.getByLabel('Why it matters here').inputValue()).resolves.toBe(
      'Typed before the network went down',
    );

    await browser.context.setOffline(false);
    await form.getByRole('button', { name: 'Try saving again' }).click();
    await form.getByText('Saved.').waitFor({ timeout: 20_000 });
    await page.getByTestId(`priority-${title}`).waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('agreement-stale').count()).resolves.toBe(0);
  });
});

describe('the national view as departments use it', () => {
  it('lets a department analyst filter the totals and export them by indicator as CSV, as the regions count them', async () => {
    const page = await browser.context.newPage();
    await signInAs(page, 'analyst');
    const token = await sessionToken(page);
    await page.goto(consoleServer.url);
    await nationalViewSettled(page);
    await expect(page.getByTestId('choice-scope').textContent()).resolves.toContain('drafts included');

    // What the eight regions say, each asked directly: areas choosing each indicator, summed.
    const expected = new Map<string, number>();
    for (const region of regions) {
      const { data, errors } = await region.query<{
        indicatorChoices: { indicators: { indicatorCode: string; areas: { code: string }[] }[] };
      }>('{ indicatorChoices(scope: ALL) { indicators { indicatorCode areas { code } } } }', { token });
      expect(errors).toBeUndefined();
      for (const i of data!.indicatorChoices.indicators)
        expected.set(i.indicatorCode, (expected.get(i.indicatorCode) ?? 0) + i.areas.length);
    }
    expect(expected.size).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download indicators chosen as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('indicators-chosen.csv');
    const [header, ...rows] = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(header).toEqual([
      'Indicator',
      'Title',
      'Theme',
      'Department',
      'Areas choosing it',
      'Designated',
      'Statutory',
      'Local',
      'Areas',
    ]);
    expect(new Map(rows.map((r) => [r[0], Number(r[4])]))).toEqual(expected);
    // The areas column names each area with its region; no cell starts like a formula.
    expect(rows.every((r) => r[8].split('; ').length === Number(r[4]))).toBe(true);
    expect(rows.flat().some((cell) => /^[=+@]/.test(cell))).toBe(false);

    // The department filter filters: only that department's indicators are left.
    const department = rows[0][3].replace(/ \(\w+\)$/, '');
    await page.locator('#filter-department').selectOption({ label: department });
    const shown = page.locator('[data-testid="totals-indicator"] tbody tr');
    const departments = await shown.evaluateAll((trs) => trs.map((tr) => tr.children[3].textContent ?? ''));
    expect(departments.length).toBe(rows.filter((r) => r[3].startsWith(department)).length);
    expect(departments.every((d) => d.startsWith(department))).toBe(true);

    // The stage chips filter the areas of every region.
    const chip = page.locator('.stage-filter button[aria-pressed]').first();
    const stage = ((await chip.textContent()) ?? '').replace(/^\d+\s*/, '');
    await chip.click();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('true');
    const stages = await page.locator('[data-testid="stage"]').allTextContents();
    expect(stages.length).toBeGreaterThan(0);
    expect(stages.every((s) => s === stage)).toBe(true);
  });

  it('prints how long the national view takes, eight regions answering and one stopped, at 1280 and 390 px', async () => {
    for (const who of ['public', 'department analyst']) {
      const setup = await browser.context.newPage();
      if (who === 'public') {
        await setup.goto(consoleServer.url);
        await setup.evaluate(() => localStorage.clear());
      } else {
        await signInAs(setup, 'analyst');
      }
      await setup.close();
      for (const width of [1280, 390]) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
        const started = Date.now();
        await page.goto(consoleServer.url);
        await nationalViewSettled(page);
        await page.getByTestId('totals-indicator').waitFor({ timeout: 30_000 });
        // Printed, not asserted: a measurement on a shared machine, not a rule.
        console.log(
          `national view, 8 regions answering and 1 stopped, ${width} px, ${who}: ${Date.now() - started} ms from navigation to content`,
        );
        await page.close();
      }
    }
  });
});
