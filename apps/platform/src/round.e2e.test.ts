import { readAreas } from '@laa/reference-data';
import { Page } from 'playwright-core';
import { RunningConsole } from './console-server';
import { ConsoleInBrowser, openConsoleInBrowser } from './testing/console-in-browser';

// Starting a region from an empty store in a real browser: the relationship manager opens one area's
// agreement, then the rest of the round, from the round page, and follows an area to its agreement
// and its process map; a theme lead sees the round without the buttons, an area's officer is told it is the GO's.
const REGION = 'E12000001';
const areas = readAreas()
  .filter((a) => a.regionCode === REGION)
  .sort((a, b) => a.name.localeCompare(b.name));

let session: ConsoleInBrowser;
let consoleServer: RunningConsole;
let page: Page;

beforeAll(async () => {
  session = await openConsoleInBrowser(REGION, { seedDemo: false });
  ({ console: consoleServer, page } = session);
}, 600_000);

afterAll(() => session?.stop());

async function openRoundPage() {
  await page.goto(`${consoleServer.url}#/round/${REGION}`);
  await page.locator('[data-testid="round"], [role="alert"]').first().waitFor({ timeout: 20_000 });
}

const stages = () => page.getByTestId('round-stage').allTextContents();

describe('the round page of a region started from an empty store', () => {
  it("lets the relationship manager open one area's agreement, then the round, and reach each agreement", async () => {
    await session.signInAs('rm');
    await openRoundPage();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Round of agreements: North East',
    );
    expect(await stages()).toEqual(areas.map(() => 'Not opened'));

    const first = page.getByTestId(`round-${areas[0].code}`);
    await first.getByRole('button', { name: 'Open agreement' }).click();
    await first.getByRole('link', { name: areas[0].name }).waitFor({ timeout: 20_000 });
    await expect(first.getByTestId('round-stage').textContent()).resolves.toBe('Process map');
    // The 2008 round's first milestone (28 September 2007) is long past and not done.
    await expect(first.getByTestId('round-slippage').textContent()).resolves.toMatch(/weeks late$/);
    await expect(first.textContent()).resolves.toContain(
      'Process map and conflict-resolution mechanism agreed, due 28 September 2007',
    );

    await page.getByRole('button', { name: `Open the round (${areas.length - 1} agreements)` }).click();
    await page.getByTestId('round-counts').getByText('0 not opened').waitFor({ timeout: 20_000 });
    expect(await stages()).toEqual(areas.map(() => 'Process map'));
    await expect(page.getByRole('button', { name: /^Open/ }).count()).resolves.toBe(0);

    await page.getByTestId(`round-${areas[1].code}`).getByRole('link', { name: areas[1].name }).click();
    await page.getByTestId('agreement-page').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('milestones').locator('tbody tr').count()).resolves.toBe(4);
  });

  it("shows the round to a theme lead without the buttons, and tells an area's officer it is the GO's", async () => {
    await session.signInAs('tl');
    await openRoundPage();
    expect(await stages()).toHaveLength(areas.length);
    await expect(page.getByRole('button', { name: /^Open/ }).count()).resolves.toBe(0);

    await session.signInAs('po', areas[0].code);
    await openRoundPage();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      "The round is for the region's Government Office and central departments",
    );
  });
});
