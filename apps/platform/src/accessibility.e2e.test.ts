import { Page } from 'playwright-core';
import { AxeViolation, axeViolations, sidewaysScroll } from './testing/axe';
import { ConsoleInBrowser, fillDate, openConsoleInBrowser } from './testing/console-in-browser';

// Every page of the console, as a reader and as people who work on it, on a desktop and on a phone: axe-core finds
// no violation of WCAG 2.2 A/AA (or its best practices) and no page scrolls sideways on a phone.
const REGION = 'E12000003';
/** Barnsley: its partners' agreement recorded in the demo data, so the sign-off page has steps to offer. */
const AREA = '00CC';
const INDICATOR = 'NI116';
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

let session: ConsoleInBrowser;
let page: Page;
let agreementId: string;

beforeAll(async () => {
  session = await openConsoleInBrowser(REGION);
  page = session.page;
  const { data } = await session.region.query<{ area: { agreement: { id: string } } }>(
    `{ area(code: "${AREA}") { agreement { id } } }`,
  );
  agreementId = data!.area.agreement.id;
}, 600_000);

afterAll(() => session?.stop());

/** A page that refuses the reader (drafts are for their negotiators) is ready once it says so. */
const orRefused = (selector: string) => `${selector}, main [role="alert"]`;

/** Each page by its route, and what shows once its data has come (or its refusal). */
const pages = () => [
  { route: '', ready: `[data-testid="region-${REGION}"][data-status="ready"]` },
  { route: `round/${REGION}`, ready: orRefused('[data-testid="round"]') },
  { route: 'sign-off', ready: `[data-testid="sign-off-${REGION}"] tbody tr` },
  { route: `sign-off/${REGION}/${agreementId}`, ready: orRefused('[data-testid="readiness"]') },
  { route: `agreement/${REGION}/${agreementId}`, ready: orRefused('[data-testid="agreement-page"]') },
  {
    route: `recommendation/${REGION}/${agreementId}`,
    ready: orRefused('[data-testid="recommendation-versions"], [data-testid="no-recommendation"]'),
  },
  { route: `people/${REGION}/${AREA}`, ready: orRefused('[data-testid="thematic-partnerships"]') },
  { route: `commitments/${REGION}/${AREA}`, ready: orRefused('[data-testid="commitments-page"]') },
  { route: `evidence/${REGION}/${AREA}`, ready: orRefused('[data-testid="evidence-page"] section.profile tbody tr') },
  { route: `evidence/${REGION}/${AREA}/${INDICATOR}`, ready: orRefused('[data-testid="indicator-detail"] h2') },
  { route: `evidence-import/${REGION}`, ready: orRefused('[data-testid="import-page"]') },
  { route: `rival-data/${REGION}`, ready: orRefused('[data-testid="rival-data-page"]') },
  { route: `maa/${REGION}`, ready: orRefused('[data-testid="multi-area-page"]') },
  { route: 'no-such-page', ready: 'h1' },
];

/** Every page at both sizes: what axe found on each, and how far each scrolls sideways on the phone. */
async function walk(): Promise<{ violations: Record<string, AxeViolation[]>; sideways: Record<string, number> }> {
  const violations: Record<string, AxeViolation[]> = {};
  const sideways: Record<string, number> = {};
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const { route, ready } of pages()) {
      await page.goto(`${session.console.url}#/${route}`);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      const where = `${viewport.name} #/${route}`;
      const found = await axeViolations(page);
      if (found.length) violations[where] = found;
      if (viewport.name === 'phone') sideways[where] = await sidewaysScroll(page);
    }
  }
  return { violations, sideways };
}

function expectAccessible({ violations, sideways }: Awaited<ReturnType<typeof walk>>) {
  // Printed so the run shows what axe checked, page by page (the assertion is that nothing was found).
  console.log(
    `axe-core on ${pages().length} pages at ${VIEWPORTS.map((v) => `${v.width}x${v.height}`).join(' and ')}: ${Object.keys(violations).length} pages with violations`,
  );
  expect(violations).toEqual({});
  expect(Object.entries(sideways).filter(([, pixels]) => pixels > 0)).toEqual([]);
}

describe('the console is accessible on every page, at desktop and phone sizes', () => {
  it('signed out: the public pages and the notices of the rest', async () => {
    expectAccessible(await walk());
  }, 300_000);

  it('as the relationship manager, with the forms of the working pages', async () => {
    await session.signInAs('rm', '');
    expectAccessible(await walk());
  }, 300_000);

  it('as the theme lead on the sign-off page, and its error summary after a date that does not exist', async () => {
    await session.signInAs('tl', AREA);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.console.url}#/sign-off/${REGION}/${agreementId}`);
    const panel = page.getByTestId('panel-theme-lead');
    await panel.getByLabel('Confirmed by').fill('Dee Partment');
    await fillDate(panel, 'Confirmed on', '2008-02-31');
    await panel.getByRole('button', { name: 'Sign off this target' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor({ timeout: 20_000 });
    // The refusal takes keyboard focus and names the page as an error in the browser's tab.
    await expect(summary.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(summary.textContent()).resolves.toContain('The date of confirmation must be a real date');
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
  }, 120_000);

  it("moves keyboard focus to the new page's H1 on a change of page, and brings back where the reader was on a page", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(session.console.url);
    await page.locator(`[data-testid="region-${REGION}"][data-status="ready"]`).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Sign-off', exact: true }).click();
    await page.locator(`[data-testid="sign-off-${REGION}"] tbody tr`).first().waitFor({ timeout: 30_000 });
    await expect(
      page.evaluate(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent),
    ).resolves.toBe('Sign-off stages');
    // Down the national view, then on by a link from there (clicking a link in the header would scroll to it first).
    await page.goBack();
    await page.locator(`[data-testid="region-${REGION}"][data-status="ready"]`).waitFor({ timeout: 30_000 });
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 600);
    await page.waitForFunction(() => window.scrollY > 0);
    const left = await page.evaluate(() => window.scrollY);
    await page.evaluate(() => {
      window.location.hash = '#/sign-off';
    });
    await page.locator(`[data-testid="sign-off-${REGION}"] tbody tr`).first().waitFor({ timeout: 30_000 });
    await expect(
      page.evaluate(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent),
    ).resolves.toBe('Sign-off stages');
    // A new page starts at its top; the page left is where the reader left it on coming back.
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    await page.goBack();
    await page.locator(`[data-testid="region-${REGION}"][data-status="ready"]`).waitFor({ timeout: 30_000 });
    await page.waitForFunction((y) => window.scrollY === y, left, { timeout: 10_000 });
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
  }, 120_000);
});
