import { REGIONS } from '@laa/domain';
import { openBrowser, TEST_AUTH_SECRET, TestBrowser, TestRegion } from '@laa/testing';
import { startTestRegion } from './testing';
import { consoleRegions, RunningConsole, serveConsole } from './console-server';

// The national view in a real browser, reading live from running regional gateways.
let regions: TestRegion[] = [];
let consoleServer: RunningConsole;
let browser: TestBrowser;

beforeAll(async () => {
  regions = [await startTestRegion('E12000001'), await startTestRegion('E12000003')];
  const urls = new Map(regions.map((r) => [r.region, r.gatewayUrl]));
  // Regions not started here point at a closed port: the console must show them as unavailable.
  consoleServer = await serveConsole({
    port: 0,
    regions: consoleRegions(urls, () => 'http://127.0.0.1:9/graphql'),
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

describe('the console national view', () => {
  it('shows every region: areas and stages of those answering, the rest as unavailable', async () => {
    const page = await browser.context.newPage();
    await page.goto(consoleServer.url);
    await page.locator('[data-testid="region-E12000003"][data-status="ready"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="region-E12000007"][data-status="unavailable"]').waitFor({ timeout: 20_000 });

    expect(await page.locator('section[data-testid^="region-"]').count()).toBe(REGIONS.length);
    expect(await page.locator('[data-testid="region-E12000003"] tbody tr').count()).toBe(15);
    const sheffield = page.locator('[data-testid="area-00CG"]');
    await expect(sheffield.locator('th').textContent()).resolves.toBe('Sheffield');
    await expect(sheffield.locator('[data-testid="stage"]').textContent()).resolves.toMatch(
      /^(Process map|Priority outcomes|Indicators|Target levels|Submitted for sign-off|LSP signed off|Partners agreed|Targets signed off|Recommended by the RD|Signed by Ministers)$/,
    );
    await expect(page.title()).resolves.toBe('National view – LAA Platform');
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="region-E12000003"] .synthetic').textContent()).resolves.toContain(
      'synthetic',
    );
    await page.screenshot({ path: 'tmp/console-national-view.png', fullPage: false });
  });

  it('signs in as a demo user, whose token the gateways then accept', async () => {
    const page = await browser.context.newPage();
    await page.goto(consoleServer.url);
    await page.getByTestId('sign-in-user').selectOption('po');
    await page.getByTestId('sign-in-region').selectOption('E12000003');
    await page.getByTestId('sign-in-area').fill('00CG');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('session').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('session').textContent()).resolves.toContain('Demo Partnership Officer (00CG)');
    // Signed-in requests carry the token; a token the gateway refused would make the region unavailable.
    await page.locator('[data-testid="region-E12000003"][data-status="ready"]').waitFor({ timeout: 20_000 });
    const token = await page.evaluate(
      () => (JSON.parse(localStorage.getItem('laa.session') ?? '{}') as { token: string }).token,
    );
    const drafts = await regions[1].query('{ area(code: "00CG") { agreement { targets { id } } } }', { token });
    expect(drafts.errors).toBeUndefined();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  it('still renders the other regions when one region stops answering, each down region in one calm line and no page error', async () => {
    await regions[0].stop();
    regions = regions.slice(1);
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(consoleServer.url);
    await page.locator('[data-testid="region-E12000001"][data-status="unavailable"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="region-E12000003"][data-status="ready"]').waitFor({ timeout: 20_000 });
    const down = page.locator('[data-testid="region-E12000001"] .unavailable');
    await expect(down.count()).resolves.toBe(1);
    await expect(down.textContent()).resolves.toBe(
      'Region unavailable. Not running: no connection: the gateway is not running or cannot be reached.Retry',
    );
    expect(await page.locator('[data-testid="region-E12000003"] tbody tr').count()).toBe(15);

    // The sign-off board reads every region too: the same line for the region that is down.
    await page.goto(`${consoleServer.url}#/sign-off`);
    await page.locator('[data-testid="sign-off-E12000003"] tbody tr').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="sign-off-E12000001"] .unavailable').waitFor({ timeout: 20_000 });
    await expect(page.locator('[data-testid="sign-off-E12000001"] .unavailable').textContent()).resolves.toBe(
      'Region unavailable. Not running: no connection: the gateway is not running or cannot be reached.',
    );
    await expect(page.title()).resolves.toBe('Sign-off stages – LAA Platform');
    expect(pageErrors).toEqual([]);
  });
});
