import { Page } from 'playwright-core';
import { RunningConsole } from './console-server';
import { ConsoleInBrowser, openConsoleInBrowser } from './testing/console-in-browser';

// A GO from an empty store, in a real browser: Yorkshire and the Humber's relationship manager changes the round's
// process map, then creates the Sheffield City Region multi-area agreement with Derbyshire (East Midlands) and sends
// it there; East Midlands' page shows the copy.
const LEAD = 'E12000003';
const MEMBER = 'E12000004';

let session: ConsoleInBrowser;
let consoleServer: RunningConsole;
let page: Page;

beforeAll(async () => {
  session = await openConsoleInBrowser(LEAD, { seedDemo: false, alsoRegions: [MEMBER] });
  ({ console: consoleServer, page } = session);
}, 600_000);

afterAll(() => session?.stop());

async function open(route: string, ready: string) {
  await page.goto(`${consoleServer.url}#/${route}`);
  await page.locator(`${ready}, [role="alert"]`).first().waitFor({ timeout: 20_000 });
}

describe("the round's process map and a multi-area agreement in the console", () => {
  it("lets the relationship manager change the round's process map, which a newly opened agreement takes", async () => {
    await session.signInAs('rm');
    await open(`round/${LEAD}`, '[data-testid="round"]');
    const template = page.getByTestId('round-template');
    await expect(template.textContent()).resolves.toContain("The source's indicative timetable");
    await template
      .getByRole('textbox')
      .fill(
        'Process map agreed | 2007-10-12 | LSP Executive | PROCESS_MAP\nPriorities agreed | 2007-12-07 | LSP Board | PRIORITIES',
      );
    await template.getByRole('button', { name: 'Save the process map' }).click();
    await template.getByText('Version 1, changed by').waitFor({ timeout: 20_000 });
    await expect(template.locator('li').allTextContents()).resolves.toEqual([
      'Process map agreed, due 12 October 2007 (LSP Executive; closes Process map)',
      'Priorities agreed, due 7 December 2007 (LSP Board; closes Priority outcomes)',
    ]);
    const sheffield = page.getByTestId('round-00CG');
    await expect(sheffield.getByTestId('round-template-slippage').textContent()).resolves.toMatch(
      /weeks late: Process map agreed \(due 12 October 2007\)$/,
    );
    await sheffield.getByRole('button', { name: 'Open agreement' }).click();
    await sheffield.getByRole('link', { name: 'Sheffield' }).click();
    await page.getByTestId('agreement-page').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('milestones').locator('tbody tr').count()).resolves.toBe(2);
  });

  it('creates a multi-area agreement across two regions and sends it to the member region, which shows the copy', async () => {
    await session.signInAs('rm');
    await open(`maa/${LEAD}`, '[data-testid="multi-area-page"] p');
    const form = page.getByRole('form', { name: 'Create a multi-area agreement' });
    await form.getByLabel('Title').fill('Sheffield City Region MAA');
    await form.getByLabel(/Member areas/).fill('00CG, 00CC, 17');
    await form.getByLabel(/Shared priorities/).fill("Skills for the city region's economy");
    await form.getByLabel(/Shared targets/).fill('NI163 | Adults qualified to level 2 | 68.1 | 69.5, 71, 72.5');
    await form.getByRole('button', { name: 'Create it' }).click();
    const card = page.locator('article.multi-area-agreement');
    await card.getByText('Adults qualified to level 2').waitFor({ timeout: 20_000 });
    await expect(card.getByTestId('maa-regions').textContent()).resolves.toContain(`${MEMBER}: not sent yet`);
    await expect(card.textContent()).resolves.toContain('Derbyshire (17, E12000004)');

    await card.getByRole('button', { name: `Send version 1 to ${MEMBER}` }).click();
    await card.getByTestId('maa-delivery').getByText(`${MEMBER}: sent`).waitFor({ timeout: 20_000 });
    await card.getByTestId('maa-regions').getByText(`${MEMBER}: holds version 1`).waitFor({ timeout: 20_000 });

    await open(`maa/${MEMBER}`, 'article.multi-area-agreement');
    const copy = page.locator('article.multi-area-agreement');
    await expect(copy.textContent()).resolves.toContain(`A copy from region ${LEAD}, which leads it`);
    await copy.getByText('Adults qualified to level 2').waitFor({ timeout: 20_000 });
    await expect(copy.getByRole('button', { name: /^Send/ }).count()).resolves.toBe(0);
  });
});
