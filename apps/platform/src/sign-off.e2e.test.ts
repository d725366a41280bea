import { developmentUser } from '@laa/identity';
import { RegionCode } from '@laa/domain';
import { pdfText, TestRegion } from '@laa/testing';
import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { RunningConsole } from './console-server';
import { ConsoleInBrowser, openConsoleInBrowser } from './testing/console-in-browser';

// The sign-off chain in a real browser, as each role would walk it through the console.
const REGION = 'E12000003';
/** Barnsley: submitted, its partners' agreement recorded (PARTNERS_AGREED) in the demo data. */
const AREA = '00CC';
let session: ConsoleInBrowser;
let region: TestRegion;
let consoleServer: RunningConsole;
let page: Page;
let agreementId: string;
const signInAs = (user: string, area = AREA, signInRegion: RegionCode = REGION) =>
  session.signInAs(user, area, signInRegion);

beforeAll(async () => {
  session = await openConsoleInBrowser(REGION);
  ({ region, console: consoleServer, page } = session);
  const { data } = await region.query<{ area: { agreement: { id: string } } }>(
    `{ area(code: "${AREA}") { agreement { id } } }`,
  );
  agreementId = data!.area.agreement.id;
}, 600_000);

afterAll(() => session?.stop());

/** Opens the agreement's sign-off page afresh (a full load: the API changed things behind the page's back). */
async function openSignOff(shows = 'readiness') {
  await page.goto(`${consoleServer.url}#/sign-off/${REGION}/${agreementId}`);
  await page.reload();
  await page.getByTestId(shows).waitFor({ timeout: 20_000 });
}

/** What the server answered in a panel (the refusal's own message, or what was done). */
async function outcomeOf(panel: string) {
  const outcome = page.getByTestId(`${panel}-outcome`);
  await outcome.waitFor({ timeout: 20_000 });
  return outcome.textContent();
}

/** The API as a demo user, for the setup each walk needs (the console is what is under test). */
async function api<D>(user: string, query: string, variables: Record<string, unknown>) {
  const person = developmentUser(user, REGION, AREA)!;
  const result = await region.query<D>(query, { variables, token: await region.tokenFor(person) });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

interface Target {
  id: string;
  version: number;
  kind: string;
  levels: number[];
  indicator: { code: string; department: string | null };
}
const targets = async () =>
  (
    await api<{ agreement: { targets: Target[] } }>(
      'tl',
      'query ($id: ID!) { agreement(id: $id) { targets { id version kind levels indicator { code department } } } }',
      { id: agreementId },
    )
  ).agreement.targets;

const SIGN_OFF_TARGET = 'mutation ($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid } }';
/** The department that answers for a target confirms it: DCSF for the statutory set, else its indicator's (any, here CLG, where it has none). */
const confirmation = (target: Target) => ({
  department: target.kind === 'STATUTORY_DCSF' ? 'DCSF' : (target.indicator.department ?? 'CLG'),
  confirmedBy: 'Dee Partment',
  confirmedOn: '2008-05-20',
  note: 'Confirmed at the regional meeting',
});

describe('the sign-off board', () => {
  it('marks the sign-offs made of demo steps synthetic, their stages and dates, and no others', async () => {
    await page.goto(`${consoleServer.url}#/sign-off`);
    const board = page.getByTestId(`sign-off-${REGION}`);
    await board.locator('tbody tr').first().waitFor({ timeout: 20_000 });
    // Barnsley's demo agreement had its LSP and partners' steps generated (PARTNERS_AGREED): both its stage and its date are marked.
    const barnsley = board.getByTestId(`sign-off-${AREA}`);
    await expect(barnsley.getByTestId('sign-off-stage').textContent()).resolves.toBe('Partners agreed synthetic');
    await expect(barnsley.getByTestId('last-step').locator('.synthetic').textContent()).resolves.toBe('synthetic');
    const notStarted = board
      .locator('tbody tr')
      .filter({ has: page.getByTestId('sign-off-stage').getByText('Not started', { exact: true }) });
    expect(await notStarted.count()).toBeGreaterThan(0);
    await expect(notStarted.locator('.synthetic').count()).resolves.toBe(0);
    await expect(page.locator('.legend').first().textContent()).resolves.toContain(
      'synthetic marks sign-offs whose steps and dates are generated demo data',
    );
  });
});

describe('signing off an agreement in the console, role by role', () => {
  it("a theme lead signs off a target with the department's confirmation, which the page shows", async () => {
    await signInAs('tl');
    await openSignOff();
    const all = await targets();
    const first = all.find((t) => t.kind === 'STATUTORY_DCSF')!;
    const rest = all.filter((t) => t.id !== first.id);
    await page.getByTestId('sign-off-target').selectOption(first.id);
    const panel = page.getByTestId('panel-theme-lead');
    // The page offers the department the rule needs; another department's confirmation is refused, naming the one needed.
    await expect(panel.getByLabel('Department').inputValue()).resolves.toBe('DCSF');
    await expect(panel.getByTestId('confirming-department').textContent()).resolves.toBe(
      'Children, Schools and Families confirms this target (statutory DCSF target).',
    );
    await panel.getByLabel('Department').selectOption('CLG');
    await panel.getByLabel('Confirmed by').fill('Dee Partment');
    await panel.getByLabel('Note').fill('Confirmed by telephone');
    await panel.getByRole('button', { name: 'Sign off this target' }).click();
    await expect(outcomeOf('panel-theme-lead')).resolves.toContain(
      `${first.indicator.code} (statutory) is a statutory DCSF target: it must be confirmed by DCSF (Children, Schools and Families), not CLG (Communities and Local Government)`,
    );
    await panel.getByLabel('Department').selectOption('DCSF');
    await panel.getByRole('button', { name: 'Sign off this target' }).click();
    await page
      .getByTestId('panel-theme-lead-outcome')
      .filter({ hasText: `Signed off ${first.indicator.code}` })
      .waitFor({ timeout: 20_000 });
    const row = page.getByTestId(`target-${first.indicator.code}`);
    await expect(row.getByTestId('target-sign-off').textContent()).resolves.toContain('signed off by Demo Theme Lead');
    await expect(row.getByTestId('department-confirmation').textContent()).resolves.toMatch(
      /^Children, Schools and Families, Dee Partment, \d{1,2} [A-Z][a-z]+ \d{4}: Confirmed by telephone$/,
    );
    for (const target of rest)
      await api('tl', SIGN_OFF_TARGET, {
        input: { targetId: target.id, targetVersion: target.version, departmentConfirmation: confirmation(target) },
      });
    await page.reload();
    await panel.getByRole('button', { name: 'Every target signed off: take the step' }).click();
    await expect(outcomeOf('panel-theme-lead')).resolves.toBe('Recorded: Targets signed off');
    await expect(page.getByTestId('sign-off-stage').textContent()).resolves.toBe('Targets signed off');
    await expect(page.title()).resolves.toBe(`Barnsley ${AREA} agreement: sign-off – LAA Platform`);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
  });

  it('offers the Regional Director no recommendation while a negotiation point is open, and names it', async () => {
    const raised = await api<{ raiseNegotiationPoint: { id: string; version: number } }>(
      'analyst',
      'mutation ($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { id version } }',
      {
        input: {
          agreementId,
          subjectKind: 'AGREEMENT',
          title: 'NEET target lacks stretch',
          detail: 'DCSF expects a bigger reduction',
        },
      },
    );
    await signInAs('rd');
    await openSignOff();
    await expect(page.getByTestId('blockers').textContent()).resolves.toContain(
      'negotiation point "NEET target lacks stretch" is still open',
    );
    await expectNoRecommendation();
    await api(
      'analyst',
      'mutation ($input: NegotiationPointStepInput!) { resolveNegotiationPoint(input: $input) { status } }',
      {
        input: {
          pointId: raised.raiseNegotiationPoint.id,
          expectedVersion: raised.raiseNegotiationPoint.version,
          reason: 'Stretch agreed at the case conference',
        },
      },
    );
  });

  it('shows a target edited after its sign-off as no longer signed off, and the RD is offered no recommendation until it is signed off again', async () => {
    const [target] = await targets();
    const levels = [target.levels[0], target.levels[1], target.levels[2] + (target.levels[2] - target.levels[1] || 1)];
    await api('rm', 'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { version } }', {
      input: { targetId: target.id, expectedVersion: target.version, levels },
    });
    await openSignOff();
    const row = page.getByTestId(`target-${target.indicator.code}`);
    await expect(row.getByTestId('target-sign-off').textContent()).resolves.toMatch(
      /^no longer valid: The target changed after sign-off/,
    );
    await expectNoRecommendation();
    await expect(page.getByTestId('blockers').textContent()).resolves.toContain(
      `${target.indicator.code} (${target.kind === 'STATUTORY_DCSF' ? 'statutory' : 'designated'}) changed after its sign-off`,
    );
    await signInAs('tl');
    await openSignOff();
    await page.getByTestId('sign-off-target').selectOption(target.id);
    await page.getByTestId('panel-theme-lead').getByLabel('Confirmed by').fill('Dee Partment');
    await page.getByTestId('panel-theme-lead').getByRole('button', { name: 'Sign off this target' }).click();
    await expect(outcomeOf('panel-theme-lead')).resolves.toContain(`(version ${target.version + 1})`);
  });

  it('recommends, and the recommendation reads in the browser and downloads as a PDF', async () => {
    await signInAs('rd');
    await openSignOff();
    await recommend();
    await expect(outcomeOf('panel-director')).resolves.toContain('Recommended to Ministers');
    await page.getByRole('link', { name: "The RD's recommendation" }).click();
    const document = page.frameLocator('#recommendation-document');
    await document.locator('h1').waitFor({ timeout: 20_000 });
    await expect(document.locator('h1').textContent()).resolves.toBe(
      'Recommendation: Barnsley Local Area Agreement 2008-2011',
    );
    expect(await document.locator('h2').allTextContents()).toEqual(HEADINGS);
    // Section 3 quotes the area's story of place from the evidence base, with the LSP's sign-off.
    await expect(document.locator('#story-of-place h3').textContent()).resolves.toMatch(
      /^The story of place \(version \d+\)/,
    );
    await expect(document.locator('#story-of-place .story-sign-off').textContent()).resolves.toMatch(
      /^Signed off for the LSP by .+ on \d{1,2} [A-Z][a-z]+ \d{4}/,
    );
    await page.screenshot({ path: 'tmp/console-recommendation.png', fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('recommendation-barnsley-2008-2011.pdf');
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      ...HEADINGS,
      'Barnsley Local Area Agreement 2008-2011',
      'Demo Regional Director',
      'Fewer young people not in education',
    ])
      expect(text).toContain(expected);
  });

  it('lets a Regional Director of another region mark it for a consistency review, and Ministers cannot sign until it is resolved', async () => {
    await signInAs('rd', AREA, 'E12000001');
    // Another region's RD does not read this area's drafts: the page offers moderation alone.
    await openSignOff('panel-moderation');
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('roles do not cover area 00CC');
    const panel = page.getByTestId('panel-moderation');
    await panel.getByLabel('What looks inconsistent').fill('NEET stretch out of line with comparable areas');
    await panel.getByRole('button', { name: 'Mark for consistency review' }).click();
    await expect(outcomeOf('panel-moderation')).resolves.toBe('Marked for consistency review');
    await signInAs('minister');
    await openSignOff();
    await expect(page.getByTestId('blockers').textContent()).resolves.toContain(
      'the agreement is under consistency review: NEET stretch out of line with comparable areas',
    );
    // Signature waits for the review: the Minister is told so, and offered no signature meanwhile.
    await expect(
      page.getByTestId('panel-minister').getByRole('button', { name: 'Sign the agreement' }).count(),
    ).resolves.toBe(0);
    await signInAs('rd', AREA, 'E12000001');
    await openSignOff('panel-moderation');
    await panel.getByLabel('Resolution').fill('Stretch confirmed as consistent with comparable areas');
    await panel.getByRole('button', { name: 'Resolve the review' }).click();
    await expect(outcomeOf('panel-moderation')).resolves.toBe('Consistency review resolved');
  });

  it('lets Ministers record the Cabinet consultation and sign; the history then shows every step with names and reasons', async () => {
    await signInAs('minister');
    await openSignOff();
    const panel = page.getByTestId('panel-minister');
    await panel.getByLabel('Cabinet colleagues consulted').fill('Home Secretary, Secretary of State for Health');
    await panel.getByLabel('Outcome').fill('No objections');
    await panel.getByRole('button', { name: 'Record the Cabinet consultation' }).click();
    await expect(outcomeOf('panel-minister')).resolves.toBe('Cabinet consultation recorded');
    await panel.getByRole('button', { name: 'Sign the agreement' }).click();
    await page
      .getByText('Signed by Ministers: changes now go through controlled refresh.')
      .waitFor({ timeout: 20_000 });
    await signInAs('po');
    await openSignOff();
    const history = page.getByTestId('sign-off-history');
    const steps = await history.locator('li[data-kind="STEP"]').allTextContents();
    expect(steps).toHaveLength(5);
    expect(steps.slice(2)).toEqual([
      expect.stringMatching(
        /GO theme leads had signed off every designated and statutory target, by Demo Theme Lead \(GO theme lead\): All designated and statutory targets confirmed with departments/,
      ),
      expect.stringMatching(
        /Regional Director recommended the agreement to Ministers, by Demo Regional Director \(Regional Director\): .*stretching agreement/,
      ),
      expect.stringMatching(
        /Ministers signed the agreement, by Demo CLG Minister \(Minister\): .*Cabinet consultation/,
      ),
    ]);
    expect(steps[1]).toMatch(/Partners' governing bodies agreed the draft: .*PCT Board/);
    await expect(history.locator('li[data-kind="TARGET_SIGNED_OFF"]').first().textContent()).resolves.toMatch(
      /confirmed with .* by Dee Partment on \d{1,2} [A-Z][a-z]+ \d{4}, by Demo Theme Lead \(GO theme lead\): .*Confirmed by telephone/,
    );
    await expect(history.locator('li[data-kind="CABINET_CONSULTED"]').textContent()).resolves.toContain(
      'The Secretary of State consulted Home Secretary, Secretary of State for Health, by Demo CLG Minister (Minister)',
    );
    await expect(history.locator('li[data-kind="REVIEW_RAISED"]').textContent()).resolves.toMatch(
      /Marked for a cross-GO consistency review, by Demo Regional Director \(Regional Director\): .*NEET stretch/,
    );
    await expect(history.locator('li[data-kind="REVIEW_RESOLVED"]').textContent()).resolves.toMatch(
      /Consistency review resolved, by Demo Regional Director \(Regional Director\): .*Stretch confirmed/,
    );
    await expect(history.locator('li[data-kind="VERSION_SIGNED"]').textContent()).resolves.toMatch(
      /Signed version 1 recorded: \d+ targets, by Demo CLG Minister \(Minister\)/,
    );
    await page.screenshot({ path: 'tmp/console-sign-off-history.png', fullPage: true });
  });

  it('takes a change to a signed target through controlled refresh: requested by the partnership, approved by the GO, only that target reopened', async () => {
    const [, target] = await targets();
    const panel = page.getByTestId('panel-request-change');
    await page.getByTestId('change-target').selectOption(target.id);
    const proposed = [target.levels[0], target.levels[1], target.levels[2] + (target.levels[2] - target.levels[1]) / 2];
    for (const [i, level] of proposed.entries()) await panel.getByLabel(`Year ${i + 1}`).fill(String(level));
    await panel.getByLabel('Why').fill('Baseline revised by ONS');
    await panel.getByRole('button', { name: 'Request the change' }).click();
    await expect(outcomeOf('panel-request-change')).resolves.toContain('Change requested');
    await signInAs('rd');
    await openSignOff();
    const decide = page.getByTestId('panel-decide-change');
    await expect(decide.textContent()).resolves.toContain('needs the Government Office');
    await decide.getByLabel('Reason').fill('Within the tolerance');
    await decide.getByRole('button', { name: 'Approve' }).click();
    await expect(outcomeOf('panel-decide-change')).resolves.toBe('Approved: only that target is reopened');
    await expect(page.getByTestId('change-requests').textContent()).resolves.toContain('Approved (reopened)');
  });
});

describe('partners and people in the console', () => {
  it('shows a partner organisation every commitment of its organisation, across agreements', async () => {
    await signInAs('partner');
    await page.goto(`${consoleServer.url}#/commitments`);
    await page.getByTestId('commitments-page').waitFor({ timeout: 20_000 });
    const { area } = await api<{
      area: { partnership: { members: { id: string; organisation: string; commitments: { id: string }[] }[] } };
    }>(
      'partner',
      'query ($code: String!) { area(code: $code) { partnership { members { id organisation commitments { id } } } } }',
      { code: AREA },
    );
    const member = area.partnership.members.find((m) => m.commitments.length > 0)!;
    await page.getByRole('link', { name: member.organisation, exact: true }).click();
    await expect(page.getByTestId('member-commitments').locator('h2').textContent()).resolves.toContain(
      member.organisation,
    );
    await expect(page.getByTestId('commitment').count()).resolves.toBe(member.commitments.length);
    await expect(page.getByTestId('commitment-summary').textContent()).resolves.toMatch(
      new RegExp(`^Leads \\d+ and contributes to \\d+ targets across 1 agreement\\.$`),
    );
  });

  it("shows an area's people and partnership: members, thematic partnerships, districts feeding the county, the relationship manager and its history, councillors", async () => {
    await signInAs('rm', '36');
    await page.goto(`${consoleServer.url}#/people/${REGION}/36`);
    await page.getByTestId('people-page').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('thematic-partnerships').textContent()).resolves.toContain("Children's Trust");
    await expect(page.getByTestId('districts').textContent()).resolves.toMatch(
      /Craven District Council .*feeding the North Yorkshire strategy/,
    );
    await expect(page.getByTestId('councillors').textContent()).resolves.toContain('Leader of the council');
    await expect(page.getByTestId('go-team').textContent()).resolves.toMatch(
      /: Regional Director.*: Deputy Regional Director 1.*: Theme lead, /,
    );
    const panel = page.getByTestId('panel-change-manager');
    await panel.getByLabel('New relationship manager').fill('Morgan Newcomer');
    await panel.getByLabel('Why').fill("Previous manager moved to the Children's team");
    await panel.getByRole('button', { name: 'Change' }).click();
    await expect(outcomeOf('panel-change-manager')).resolves.toContain('Relationship manager changed');
    await expect(page.getByTestId('relationship-manager').locator('strong').textContent()).resolves.toBe(
      'Morgan Newcomer',
    );
    const spells = await page.getByTestId('relationship-manager-history').locator('li').allTextContents();
    expect(spells).toHaveLength(2);
    expect(spells[0]).toMatch(
      /^Morgan Newcomer, from .* \(current\): assigned by Demo Relationship Manager .*Children's team/,
    );
    await page.screenshot({ path: 'tmp/console-people.png', fullPage: true });
  });
});

const HEADINGS = [
  '1. Shape of the LAA',
  '2. Likely impact',
  '3. How the priorities follow from the evidence and the story of place',
  '4. Cause and effect between the priorities',
  '5. The statutory education and early years targets',
  "6. Stretch: each target against the area's own trend",
  '7. Baselines deferred',
  '8. Risks',
  '9. Case conferences and decided points',
  '10. Recommendation',
];

/** The step is next but blocked: the Regional Director's panel says so and offers no Recommend button. */
async function expectNoRecommendation() {
  const panel = page.getByTestId('panel-director');
  await expect(panel.getByTestId('step-blocked').textContent()).resolves.toContain(
    'The recommendation is not possible yet',
  );
  await expect(panel.getByRole('button', { name: 'Recommend' }).count()).resolves.toBe(0);
}

async function recommend() {
  const panel = page.getByTestId('panel-director');
  await panel.getByLabel('Likely impact').fill('Fewer young people not in education, employment or training');
  await panel
    .getByLabel('Recommendation')
    .fill('A stretching agreement that follows from the evidence and the story of place');
  await panel.getByRole('button', { name: 'Recommend' }).click();
}

describe('a recommendation made again', () => {
  /** Kirklees: recommended by the RD in the demo data. */
  const KIRKLEES = '00CZ';

  it('keeps the first document beside the new one, each readable as it was', async () => {
    const { data } = await region.query<{ area: { agreement: { id: string } } }>(
      `{ area(code: "${KIRKLEES}") { agreement { id } } }`,
    );
    const kirklees = data!.area.agreement.id;
    const { agreement } = await api<{ agreement: { targets: Target[] } }>(
      'tl',
      'query ($id: ID!) { agreement(id: $id) { targets { id version kind levels indicator { code department } } } }',
      { id: kirklees },
    );
    const target = agreement.targets.find((t) => t.kind === 'DESIGNATED')!;
    const levels = [target.levels[0], target.levels[1], target.levels[2] + (target.levels[2] - target.levels[1] || 1)];
    await api('rm', 'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { version } }', {
      input: { targetId: target.id, expectedVersion: target.version, levels },
    });
    await api('tl', SIGN_OFF_TARGET, {
      input: { targetId: target.id, targetVersion: target.version + 1, departmentConfirmation: confirmation(target) },
    });
    const { agreement: before } = await api<{ agreement: { signOff: { version: number } } }>(
      'rd',
      'query ($id: ID!) { agreement(id: $id) { signOff { version } } }',
      { id: kirklees },
    );
    await api('rd', 'mutation ($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { stage } }', {
      input: {
        agreementId: kirklees,
        expectedVersion: before.signOff.version,
        reason: 'Recommended again after the NEET level was raised',
        likelyImpact: 'As before, with a stronger NEET reduction',
      },
    });

    await signInAs('rd', KIRKLEES);
    await page.goto(`${consoleServer.url}#/recommendation/${REGION}/${kirklees}`);
    const versions = page.getByTestId('recommendation-versions');
    await versions.waitFor({ timeout: 20_000 });
    const listed = await versions.locator('li').allTextContents();
    expect(listed).toEqual([
      expect.stringMatching(/^Version 2 \(current\), by Demo Regional Director, /),
      expect.stringMatching(/^Version 1, by /),
    ]);
    await versions.getByRole('link', { name: /^Version 1/ }).click();
    await versions.locator('strong', { hasText: 'Version 1' }).waitFor({ timeout: 20_000 });
    await expect(page.frameLocator('#recommendation-document').locator('h1').textContent()).resolves.toBe(
      'Recommendation: Kirklees Local Area Agreement 2008-2011',
    );
    expect(page.url()).toMatch(new RegExp(`#/recommendation/${REGION}/${kirklees}/1$`));
  });
});
