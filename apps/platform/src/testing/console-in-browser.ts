import { RegionCode } from '@laa/domain';
import { openBrowser, TEST_AUTH_SECRET, TestBrowser, TestRegion } from '@laa/testing';
import { startTestRegion } from './region-harness';
import { Locator, Page } from 'playwright-core';
import { consoleRegions, RunningConsole, serveConsole } from '../console-server';

/** One region, the console in front of it (other regions point at a closed port) and a browser page. */
export interface ConsoleInBrowser {
  region: TestRegion;
  console: RunningConsole;
  browser: TestBrowser;
  page: Page;
  /** Signs in through the console's bar, as people do, with a demo user of the development identity provider. */
  signInAs(user: string, area?: string, region?: RegionCode): Promise<void>;
  stop(): Promise<void>;
}

/**
 * `seedDemo: false` starts the region from an empty store, as a real GO does; `alsoRegions` starts other regions
 * beside it (the same way), for what crosses regions, such as a multi-area agreement sent to its member regions.
 */
export async function openConsoleInBrowser(
  code: RegionCode,
  options: { seedDemo?: boolean; alsoRegions?: RegionCode[] } = {},
): Promise<ConsoleInBrowser> {
  const region = await startTestRegion(code, { seedDemo: options.seedDemo });
  const others = await Promise.all(
    (options.alsoRegions ?? []).map((other) => startTestRegion(other, { seedDemo: options.seedDemo })),
  );
  const gateways = new Map<RegionCode, string>([
    [code, region.gatewayUrl],
    ...(options.alsoRegions ?? []).map((other, i): [RegionCode, string] => [other, others[i].gatewayUrl]),
  ]);
  const consoleServer = await serveConsole({
    port: 0,
    regions: consoleRegions(gateways, () => 'http://127.0.0.1:9/graphql'),
    environment: 'test',
    developmentAuthSecret: TEST_AUTH_SECRET,
  });
  const browser = await openBrowser();
  const page = await browser.context.newPage();
  return {
    region,
    console: consoleServer,
    browser,
    page,
    async signInAs(user, area = '', signInRegion = code) {
      await page.goto(consoleServer.url);
      // The bar shows either who is signed in or the sign-in form; wait for it to render before deciding.
      await page.locator('[data-testid="session"], [data-testid="sign-in-user"]').first().waitFor({ timeout: 20_000 });
      const signOut = page.getByRole('button', { name: 'Sign out' });
      if (await signOut.isVisible()) await signOut.click();
      await page.getByTestId('sign-in-user').selectOption(user);
      await page.getByTestId('sign-in-region').selectOption(signInRegion);
      await page.getByTestId('sign-in-area').fill(area);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('session').waitFor({ timeout: 20_000 });
    },
    async stop() {
      await browser.close();
      await consoleServer.close();
      await Promise.all([region.stop(), ...others.map((other) => other.stop())]);
    },
  };
}

/** Types an ISO date into a GOV.UK date input (day, month and year boxes), found by its question, as a person would. */
export async function fillDate(scope: Locator | Page, question: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const group = scope.getByRole('group', { name: question });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}
