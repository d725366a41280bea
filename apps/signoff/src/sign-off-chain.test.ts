import { openBrowser, pdfText, TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { dateInWords } from './services/recommendation/content';
import {
  as,
  ChainTarget,
  chainPeople,
  confirmation,
  confirmingDepartment,
  HEADINGS,
  PDF,
  READINESS,
  RECOMMEND,
  SIGN_OFF_TARGET,
  TAKE_STEP,
  TARGETS,
} from './testing/people';

const REGION = 'E12000003';
/** Barnsley's demo agreement: submitted, with the partners' agreement recorded (PARTNERS_AGREED). */
const AREA = '00CC';
const people = chainPeople(REGION, AREA);
let region: TestRegion;
let agreementId: string;

beforeAll(async () => {
  region = await startTestRegion(REGION);
  const { data } = await region.query<{ area: { agreement: { id: string } } }>(
    `{ area(code: "${AREA}") { agreement { id } } }`,
  );
  agreementId = data!.area.agreement.id;
});
afterAll(() => region?.stop());

async function targets(): Promise<{ stage: string; version: number; targets: ChainTarget[] }> {
  const { data, errors } = await as<{
    agreement: { signOff: { stage: string; version: number }; targets: ChainTarget[] };
  }>(region, people.themeLead, TARGETS, { id: agreementId });
  expect(errors).toBeUndefined();
  return { ...data!.agreement.signOff, targets: data!.agreement.targets };
}

const signOffTarget = (user = people.themeLead, target: ChainTarget, version = target.version) =>
  as<{ signOffTarget: { valid: boolean; targetVersion: number } }>(region, user, SIGN_OFF_TARGET, {
    input: {
      targetId: target.id,
      targetVersion: version,
      departmentConfirmation: confirmation(confirmingDepartment(target)),
    },
  });

const step = async (user: typeof people.officer, stage: string, extra: Record<string, unknown> = {}) => {
  const { version } = await targets();
  return as<{ takeSignOffStep: { stage: string; version: number } }>(region, user, TAKE_STEP, {
    input: { agreementId, stage, expectedVersion: version, reason: `${stage}: reviewed by the named person`, ...extra },
  });
};

const recommend = async () => {
  const { version } = await targets();
  return as<{ recommendAgreement: { stage: string; recommendation: { html: string } } }>(
    region,
    people.director,
    RECOMMEND,
    {
      input: {
        agreementId,
        expectedVersion: version,
        reason: 'A stretching agreement that follows from the evidence',
        likelyImpact: 'Fewer young people not in education, employment or training',
      },
    },
  );
};

/** Moves year 3 one more step the better way: a real change that keeps the levels' direction. */
const furtherLevels = (levels: number[]) => [levels[0], levels[1], levels[2] + (levels[2] - levels[1] || 1)];

const SET_LEVELS = `mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version } }`;

interface EvidenceOfIndicator {
  indicator: { code: string; title: string | null };
  series: { period: string; value: number | null; provisional: boolean }[];
  trend: { direction: string };
  benchmark: { period: string; quartile: number | null } | null;
}
interface StoryOfPlace {
  version: number;
  placeToday: string;
  ambition: string;
  signOff: { signedOffBy: string; signedOffAt: string } | null;
  claims: { statement: string }[];
}

const round = (value: number) => String(Math.round(value * 100) / 100);
/** The directions of travel in the recommendation's words (docs/API.md). */
const DIRECTION_WORDS: Record<string, string> = {
  IMPROVING: 'improving',
  PLATEAUED: 'plateaued',
  SLIPPING: 'slipping',
  NOT_ENOUGH_DATA: 'not enough figures for a trend',
  POLARITY_UNKNOWN: 'not judged (the reference data gives no better direction)',
};

/** What the recommendation says of one indicator's evidence: latest figure, direction of travel, England quartile. */
function evidenceSentence(evidence: EvidenceOfIndicator): string {
  const latest = [...evidence.series].reverse().find((f) => f.value !== null);
  const figure = latest
    ? `latest figure ${round(latest.value!)} (${latest.period}${latest.provisional ? ', provisional' : ''})`
    : 'no figure of record yet';
  const quartile = evidence.benchmark?.quartile
    ? `England quartile ${evidence.benchmark.quartile} of 4 in ${evidence.benchmark.period} (1 = the best quarter)`
    : 'not ranked against England';
  return `${figure}; direction of travel: ${DIRECTION_WORDS[evidence.trend.direction]}; ${quartile}`;
}

/** The target the chain ties to its priority. */
let linkedTargetId: string;

/** The area's story of place and the linked target's evidence, read through the gateway as the RD reads them. */
async function prioritiesEvidence(): Promise<{
  linked: ChainTarget;
  story: StoryOfPlace;
  evidence: EvidenceOfIndicator;
}> {
  const linked = (await targets()).targets.find((t) => t.id === linkedTargetId)!;
  const { data, errors } = await as<{ area: { storyOfPlace: StoryOfPlace; indicatorEvidence: EvidenceOfIndicator } }>(
    region,
    people.director,
    `query ($code: String!, $indicator: String!) {
    area(code: $code) { storyOfPlace { version placeToday ambition signOff { signedOffBy signedOffAt } claims { statement } }
      indicatorEvidence(indicator: $indicator) { indicator { code title } series { period value provisional } trend { direction } benchmark { period quartile } } } }`,
    { code: AREA, indicator: linked.indicator.code },
  );
  expect(errors).toBeUndefined();
  return { linked, story: data!.area.storyOfPlace, evidence: data!.area.indicatorEvidence };
}

/** A priority assessed against the criteria, with the first target measuring it (signed off again after the change). */
async function prioritiseWithEvidence() {
  const added = await as<{ addPriority: { id: string; version: number } }>(
    region,
    people.officer,
    'mutation ($input: AddPriorityInput!) { addPriority(input: $input) { id version } }',
    {
      input: {
        agreementId,
        title: 'Fewer young people not in education, employment or training',
        description: 'NEET rates in the Dearne valley are twice the regional average',
      },
    },
  );
  expect(added.errors).toBeUndefined();
  const priority = added.data!.addPriority;
  const assessed = await as(
    region,
    people.relationshipManager,
    'mutation ($input: AssessPriorityInput!) { assessPriority(input: $input) { id } }',
    {
      input: {
        priorityId: priority.id,
        expectedVersion: priority.version,
        criteriaMet: ['SHEFFIELD_LOCAL_PEOPLE', 'GOSE_SYNERGY_ACROSS_THEMES'],
        tier: 1,
        reason: 'Young people and employers named it first at the LSP consultation',
      },
    },
  );
  expect(assessed.errors).toBeUndefined();
  const [first] = (await targets()).targets;
  linkedTargetId = first.id;
  const updated = await as(
    region,
    people.officer,
    'mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }',
    { input: { targetId: first.id, expectedVersion: first.version, priorityId: priority.id } },
  );
  expect(updated.errors).toBeUndefined();
  const relinked = (await targets()).targets.find((t) => t.id === first.id)!;
  expect((await signOffTarget(people.themeLead, relinked)).errors).toBeUndefined();
  const read = await prioritiesEvidence();
  // The demo evidence has figures, a trend and a benchmark for the target: the sentence is about real numbers, not the empty case.
  expect(read.evidence.benchmark?.quartile).toEqual(expect.any(Number));
  expect(read.story.signOff).not.toBeNull();
  return { ...read, linked: { ...read.linked, levels: read.linked.levels.map((l) => Number(round(l))) } };
}

describe("target sign-off and the Regional Director's recommendation", () => {
  it('refuses the targets step until every designated and statutory target is signed off, naming what is missing', async () => {
    const { errors } = await step(people.themeLead, 'TARGETS_SIGNED_OFF');
    expect(errors?.[0].extensions?.code).toBe('RULE_VIOLATION');
    expect(errors?.[0].message).toMatch(
      /Every designated and statutory target needs a valid sign-off first: NI\d+ \((designated|statutory)\) has no sign-off by a theme lead/,
    );
    const missing = errors?.[0].extensions?.missing as { kind: string; ref: string }[];
    expect(missing.length).toBe((await targets()).targets.length);
    expect(missing.every((m) => m.kind === 'TARGET_SIGN_OFF')).toBe(true);
  });

  it('lets only a GO theme lead of the region sign off a target, at the version the department confirmed', async () => {
    const [first] = (await targets()).targets;
    expect((await signOffTarget(people.officer, first)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await signOffTarget(people.director, first)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stale = await signOffTarget(people.themeLead, first, first.version + 1);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', current: { version: first.version } });
    const anonymous = await region.query(SIGN_OFF_TARGET, {
      variables: {
        input: { targetId: first.id, targetVersion: first.version, departmentConfirmation: confirmation() },
      },
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a statutory DCSF target confirmed by another department, naming DCSF', async () => {
    const statutory = (await targets()).targets.find((t) => t.kind === 'STATUTORY_DCSF')!;
    const { errors } = await as(region, people.themeLead, SIGN_OFF_TARGET, {
      input: { targetId: statutory.id, targetVersion: statutory.version, departmentConfirmation: confirmation('CLG') },
    });
    expect(errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'confirming-department',
      requiredDepartment: 'DCSF',
    });
    expect(errors?.[0].message).toBe(
      `${statutory.indicator.code} (statutory) is a statutory DCSF target: it must be confirmed by DCSF (Children, Schools and Families), not CLG (Communities and Local Government)`,
    );
    expect((await targets()).targets.find((t) => t.id === statutory.id)?.signOff).toBeNull();
  });

  it("records each sign-off with the department's confirmation, and the targets step then passes", async () => {
    for (const target of (await targets()).targets) {
      const { data, errors } = await signOffTarget(people.themeLead, target);
      expect(errors).toBeUndefined();
      expect(data?.signOffTarget).toEqual(expect.objectContaining({ valid: true, targetVersion: target.version }));
    }
    const signed = await targets();
    expect(signed.targets.every((t) => t.signOff?.valid && t.signOff.signedBy.includes('Tara Lead'))).toBe(true);
    const statutory = signed.targets.find((t) => t.kind === 'STATUTORY_DCSF')!;
    expect(statutory.signOff?.departmentConfirmation).toEqual({
      department: 'DCSF',
      confirmedBy: 'Dee Partment',
      confirmedOn: '2008-05-20',
      note: 'Confirmed at the regional meeting',
    });
    const { data, errors } = await step(people.themeLead, 'TARGETS_SIGNED_OFF');
    expect(errors).toBeUndefined();
    expect(data?.takeSignOffStep.stage).toBe('TARGETS_SIGNED_OFF');
  });

  it("invalidates a target's sign-off as soon as the target is edited, and the RD cannot recommend", async () => {
    const [target] = (await targets()).targets;
    const edit = await as(region, people.relationshipManager, SET_LEVELS, {
      input: { targetId: target.id, expectedVersion: target.version, levels: furtherLevels(target.levels) },
    });
    expect(edit.errors).toBeUndefined();
    const edited = (await targets()).targets.find((t) => t.id === target.id)!;
    expect(edited.version).toBe(target.version + 1);
    expect(edited.signOff).toMatchObject({ valid: false, targetVersion: target.version });
    expect(edited.signOff?.invalidatedBecause).toMatch(/changed after sign-off/);
    const { errors } = await recommend();
    expect(errors?.[0].extensions?.code).toBe('RULE_VIOLATION');
    expect(errors?.[0].message).toMatch(
      /cannot recommend this agreement yet: NI\d+ \(designated\) changed after its sign-off \(signed version \d+, now \d+\): sign it off again/,
    );
    expect(errors?.[0].extensions?.missing).toEqual([
      expect.objectContaining({ kind: 'TARGET_SIGN_OFF', ref: target.id }),
    ]);
    expect((await signOffTarget(people.themeLead, edited)).errors).toBeUndefined();
  });

  it("refuses the RD's recommendation while the statutory set in force lacks a target, naming the indicator", async () => {
    const statutory = (await targets()).targets.find(
      (t) => t.kind === 'STATUTORY_DCSF' && t.indicator.code === 'NI87',
    )!;
    const removed = await as(
      region,
      people.relationshipManager,
      'mutation ($input: RemoveTargetInput!) { removeTarget(input: $input) { id } }',
      {
        input: {
          targetId: statutory.id,
          expectedVersion: statutory.version,
          reason: 'Baseline disputed: to be agreed again',
        },
      },
    );
    expect(removed.errors).toBeUndefined();
    const ready = await as<{ agreement: { signOff: { readiness: { blockers: { kind: string; ref: string }[] } } } }>(
      region,
      people.director,
      READINESS,
      { id: agreementId },
    );
    expect(ready.data!.agreement.signOff.readiness.blockers).toEqual([
      expect.objectContaining({ kind: 'STATUTORY_SET', ref: 'NI87' }),
    ]);
    const { errors } = await recommend();
    expect(errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'STATUTORY_SET_INCOMPLETE',
      missingStatutory: ['NI87'],
    });
    expect(errors?.[0].message).toMatch(
      /cannot recommend this agreement yet: NI87 is in the statutory DCSF set in force today and has no statutory target with all three levels/,
    );

    const added = await as<{ addTarget: { id: string } }>(
      region,
      people.relationshipManager,
      'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }',
      {
        input: {
          agreementId,
          kind: 'STATUTORY_DCSF',
          indicatorCode: 'NI87',
          intendedDirection: 'UP',
          levels: statutory.levels,
          baseline: { value: statutory.levels[0] - 1, period: '2007/08', source: 'Agreed again', provisional: false },
        },
      },
    );
    expect(added.errors).toBeUndefined();
    const again = (await targets()).targets.find((t) => t.id === added.data!.addTarget.id)!;
    expect((await signOffTarget(people.themeLead, again)).errors).toBeUndefined();
  });

  it("refuses the RD's recommendation while a negotiation point is open, and the wrong role", async () => {
    const raised = await as<{ raiseNegotiationPoint: { id: string; version: number } }>(
      region,
      people.analyst,
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
    expect(raised.errors).toBeUndefined();
    const point = raised.data!.raiseNegotiationPoint;
    const ready = await as<{
      agreement: {
        signOff: {
          readiness: { nextStage: string; ready: boolean; blockers: { kind: string; ref: string; label: string }[] };
        };
      };
    }>(region, people.director, READINESS, { id: agreementId });
    expect(ready.data?.agreement.signOff.readiness).toEqual({
      nextStage: 'RD_RECOMMENDED',
      takenBy: 'the Regional Director of the region',
      ready: false,
      blockers: [
        expect.objectContaining({ kind: 'NEGOTIATION_POINT', ref: point.id, label: 'NEET target lacks stretch' }),
      ],
    });
    const { errors } = await recommend();
    expect(errors?.[0].extensions?.code).toBe('RULE_VIOLATION');
    expect(errors?.[0].message).toMatch(
      /cannot recommend this agreement yet: negotiation point "NEET target lacks stretch" is still open \(raised by DCSF through the GO, open 0 days\)/,
    );
    const { version } = await targets();
    const byThemeLead = await as(region, people.themeLead, RECOMMEND, {
      input: { agreementId, expectedVersion: version, reason: 'not mine', likelyImpact: 'n/a' },
    });
    expect(byThemeLead.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const resolved = await as(
      region,
      people.analyst,
      'mutation ($input: NegotiationPointStepInput!) { resolveNegotiationPoint(input: $input) { status } }',
      {
        input: { pointId: point.id, expectedVersion: point.version, reason: 'Stretch agreed at the case conference' },
      },
    );
    expect(resolved.errors).toBeUndefined();
  });

  it('recommends once every point is resolved and every target signed off, in the standard format, readable as PDF', async () => {
    const { linked, story, evidence } = await prioritiseWithEvidence();
    const { data, errors } = await recommend();
    expect(errors).toBeUndefined();
    expect(data?.recommendAgreement.stage).toBe('RD_RECOMMENDED');
    const html = data!.recommendAgreement.recommendation.html;
    for (const heading of HEADINGS) expect(html).toContain(heading);
    expect(html).toContain('Barnsley');
    expect(html).toContain('Fewer young people not in education, employment or training');
    expect(html).toContain('Rita Director');
    expect(html).toContain('Synthetic demo data: not a real agreement.');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/sheffield local people|gose synergy/i);
    // Sections 4 to 9 judge the live agreement: the evidence base's statutory set and every target's stretch verdict.
    expect(html).toMatch(/(Complete|Incomplete): .* statutory indicators in force/);
    expect(html).toMatch(/\(designated\): (beyond the area|in line with the trend|below the trend|not judged)/);
    expect(html).not.toContain('the evidence base was not read for this document');
    const browser = await openBrowser();
    try {
      const page = await browser.context.newPage();
      await page.setContent(html);
      expect(await page.locator('h2').allTextContents()).toEqual([...HEADINGS]);
      expect(await page.locator('#shape tbody tr').count()).toBe((await targets()).targets.length);
      // The story of place, quoted from the evidence base: what kind of place, what it wants to be, the version, the LSP's sign-off.
      const quoted = await page.locator('#story-of-place').innerText();
      expect(quoted).toContain(`The story of place (version ${story.version})`);
      expect(quoted).toContain(`What kind of place it is: ${story.placeToday}`);
      expect(quoted).toContain(`What it wants to be: ${story.ambition}`);
      expect(quoted).toContain(
        `Signed off for the LSP by ${story.signOff!.signedOffBy} on ${dateInWords(story.signOff!.signedOffAt)}`,
      );
      expect(quoted).toContain(story.claims[0].statement);
      // Each priority: why it matters here, the criteria in the source's words, and the evidence behind each of its targets.
      const priority = await page.locator('ol.priorities > li').first().innerText();
      expect(priority).toContain('Why it matters here: NEET rates in the Dearne valley are twice the regional average');
      expect(priority).not.toContain('Story of place:');
      expect(priority).toContain(
        'Criteria met: Local people see the issue as a priority (Sheffield); Offer synergy and linkages across the four themes (GO South East).',
      );
      expect(priority).toContain('Assessment: Young people and employers named it first at the LSP consultation');
      expect(await page.locator('ol.priorities > li').first().locator('ul.evidence li').allInnerTexts()).toEqual([
        `${linked.indicator.code} ${evidence.indicator.title} (designated, levels ${linked.levels.join(' / ')}): ${evidenceSentence(evidence)}`,
      ]);
      expect(await page.locator('.other-targets ul.evidence li').count()).toBe((await targets()).targets.length - 1);
    } finally {
      await browser.close();
    }
  });

  it("gives the same recommendation as a PDF to download, to the area's draft readers only", async () => {
    const { data, errors } = await as<{
      agreement: {
        signOff: {
          recommendation: { pdf: { fileName: string; mediaType: string; sizeBytes: number; base64: string } };
        };
      };
    }>(region, people.minister, PDF, { id: agreementId });
    expect(errors).toBeUndefined();
    const file = data!.agreement.signOff.recommendation.pdf;
    expect(file).toMatchObject({ fileName: 'recommendation-barnsley-2008-2011.pdf', mediaType: 'application/pdf' });
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdf.length).toBe(file.sizeBytes);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    const text = pdfText(pdf);
    for (const expected of [
      ...HEADINGS,
      'Recommendation: Barnsley Local Area Agreement 2008-2011',
      'Rita Director',
      'Fewer young people not in education, employment or training',
      'A stretching agreement that follows from the evidence',
    ]) {
      expect(text).toContain(expected);
    }
    const { story, evidence } = await prioritiesEvidence();
    for (const expected of [
      `The story of place (version ${story.version})`,
      `What kind of place it is: ${story.placeToday}`,
      `What it wants to be: ${story.ambition}`,
      `Signed off for the LSP by ${story.signOff!.signedOffBy}`,
      'Why it matters here: NEET rates in the Dearne valley are twice the regional average',
      'Criteria met: Local people see the issue as a priority (Sheffield); Offer synergy and linkages across the four themes (GO South East).',
      evidenceSentence(evidence),
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Recommendation: Barnsley Local Area Agreement 2008-2011 · page 1 of \d/);
    const outsider = await as(
      region,
      { ...people.officer, id: 'po-other', grants: [{ ...people.officer.grants[0], area: '00CG' }] },
      PDF,
      { id: agreementId },
    );
    expect(outsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('makes Ministers sign what the RD recommended: a target changed since needs the RD to recommend again', async () => {
    const [target] = (await targets()).targets;
    expect(
      (
        await as(region, people.relationshipManager, SET_LEVELS, {
          input: { targetId: target.id, expectedVersion: target.version, levels: furtherLevels(target.levels) },
        })
      ).errors,
    ).toBeUndefined();
    const edited = (await targets()).targets.find((t) => t.id === target.id)!;
    expect((await signOffTarget(people.themeLead, edited)).errors).toBeUndefined();
    const refused = await step(people.minister, 'SIGNED');
    expect(refused.errors?.[0].message).toMatch(
      /NI\d+ \(designated\) changed \(recommended version \d+, now \d+\) after the RD's recommendation: the RD must recommend again/,
    );
    const again = await recommend();
    expect(again.errors).toBeUndefined();
    expect(again.data?.recommendAgreement.stage).toBe('RD_RECOMMENDED');
    type Recommendations = {
      agreement: {
        signOff: {
          recommendation: { version: number; html: string };
          earlierRecommendations: { version: number; recommendedBy: string; html: string }[];
        };
      };
    };
    const kept = await as<Recommendations>(
      region,
      people.relationshipManager,
      'query ($id: ID!) { agreement(id: $id) { signOff { recommendation { version html } earlierRecommendations { version recommendedBy html } } } }',
      { id: agreementId },
    );
    expect(kept.errors).toBeUndefined();
    const { recommendation, earlierRecommendations } = kept.data!.agreement.signOff;
    expect([recommendation.version, ...earlierRecommendations.map((r) => r.version)]).toEqual([2, 1]);
    expect(earlierRecommendations[0].recommendedBy).toBe(`${people.director.name} (${people.director.id})`);
    expect(earlierRecommendations[0].html).not.toBe(recommendation.html); // the first document, as it was
    const once = await recommend();
    expect(once.errors?.[0].message).toMatch(/already recommended this agreement and its targets have not changed/);
  });
});

describe("moderation, Cabinet and Ministers' signature", () => {
  it('needs the Cabinet consultation and no open consistency review before a Minister signs', async () => {
    expect((await step(people.minister, 'SIGNED')).errors?.[0].message).toMatch(/not yet consulted Cabinet colleagues/);
    const flag = await as<{ flagForConsistencyReview: { id: string; raisedBy: string } }>(
      region,
      people.otherDirector,
      'mutation ($input: ConsistencyReviewInput!) { flagForConsistencyReview(input: $input) { id raisedBy } }',
      { input: { agreementId, reason: 'NEET stretch out of line with comparable areas' } },
    );
    expect(flag.errors).toBeUndefined();
    const byOfficer = await as(
      region,
      people.officer,
      'mutation ($input: ConsistencyReviewInput!) { flagForConsistencyReview(input: $input) { id } }',
      { input: { agreementId, reason: 'mine' } },
    );
    expect(byOfficer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const cabinet = await as(
      region,
      people.minister,
      'mutation ($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { colleagues recordedBy } }',
      {
        input: {
          agreementId,
          colleagues: ['Secretary of State for Children, Schools and Families', 'Home Secretary'],
          outcome: 'No objections',
        },
      },
    );
    expect(cabinet.errors).toBeUndefined();
    expect((await step(people.minister, 'SIGNED')).errors?.[0].message).toMatch(
      /under consistency review: NEET stretch/,
    );
    const resolved = await as(
      region,
      people.otherDirector,
      'mutation ($input: ResolveConsistencyReviewInput!) { resolveConsistencyReview(input: $input) { resolvedBy } }',
      {
        input: { reviewId: flag.data!.flagForConsistencyReview.id, resolution: 'Stretch confirmed as consistent' },
      },
    );
    expect(resolved.errors).toBeUndefined();
    expect((await step(people.director, 'SIGNED')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const signed = await step(people.minister, 'SIGNED');
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.takeSignOffStep.stage).toBe('SIGNED');
  });

  it('keeps the whole history: every step with names and reasons, the governing bodies, Cabinet, the review and the signed version', async () => {
    const { data, errors } = await as<{
      agreement: {
        signOff: {
          steps: {
            stage: string;
            takenBy: string;
            role: string;
            reason: string;
            governingBodies: { body: string }[];
          }[];
          cabinetConsultations: { colleagues: string[] }[];
          consistencyReviews: { raisedBy: string; resolvedBy: string; resolution: string }[];
          signedVersions: {
            number: number;
            signedBy: string;
            targets: { targetId: string; version: number; indicatorCode: string; levels: number[] }[];
          }[];
          history: {
            kind: string;
            stage: string | null;
            by: string;
            role: string | null;
            reason: string | null;
            summary: string;
          }[];
        };
        targets: { id: string; version: number; levels: number[]; indicator: { code: string } }[];
      };
    }>(
      region,
      people.officer,
      `query ($id: ID!) { agreement(id: $id) { targets { id version levels indicator { code } } signOff {
      steps { stage takenBy role reason governingBodies { body } }
      cabinetConsultations { colleagues } consistencyReviews { raisedBy resolvedBy resolution }
      signedVersions { number signedBy targets { targetId version indicatorCode levels } }
      history { kind stage by role reason summary } } } }`,
      { id: agreementId },
    );
    expect(errors).toBeUndefined();
    const { signOff, targets: current } = data!.agreement;
    expect(signOff.steps.map((s) => s.stage)).toEqual([
      'LSP_SIGNED_OFF',
      'PARTNERS_AGREED',
      'TARGETS_SIGNED_OFF',
      'RD_RECOMMENDED',
      'RD_RECOMMENDED',
      'SIGNED',
    ]);
    expect(signOff.steps.every((s) => s.takenBy.length > 0 && s.reason.length > 0)).toBe(true);
    expect(signOff.steps.slice(2).map((s) => s.takenBy)).toEqual(
      ['Tara Lead', 'Rita Director', 'Rita Director', 'Mina Minister'].map((name) => expect.stringContaining(name)),
    );
    expect(signOff.steps[1].governingBodies.map((b) => b.body)).toContain('PCT Board');
    expect(signOff.cabinetConsultations[0].colleagues).toContain('Home Secretary');
    expect(signOff.consistencyReviews[0]).toMatchObject({
      raisedBy: expect.stringContaining('Nick North'),
      resolvedBy: expect.stringContaining('Nick North'),
    });
    expect(signOff.signedVersions).toHaveLength(1);
    expect(signOff.signedVersions[0].signedBy).toContain('Mina Minister');
    expect(signOff.signedVersions[0].targets).toEqual(
      expect.arrayContaining(
        current.map((t) => ({ targetId: t.id, version: t.version, indicatorCode: t.indicator.code, levels: t.levels })),
      ),
    );
    const history = signOff.history;
    expect(history.filter((e) => e.kind === 'STEP').map((e) => e.stage)).toEqual(signOff.steps.map((s) => s.stage));
    expect(history.every((e) => e.by.length > 0)).toBe(true);
    expect(history.find((e) => e.stage === 'PARTNERS_AGREED')?.summary).toMatch(
      /governing bodies agreed the draft: .*PCT Board/,
    );
    const targetSignOffs = history.filter((e) => e.kind === 'TARGET_SIGNED_OFF');
    expect(targetSignOffs.length).toBeGreaterThan(current.length);
    expect(targetSignOffs[0]).toMatchObject({
      by: expect.stringContaining('Tara Lead'),
      role: 'THEME_LEAD',
      reason: 'Confirmed at the regional meeting',
    });
    expect(targetSignOffs[0].summary).toMatch(
      /^target NI\d+ version \d+ signed off, confirmed with .* by Dee Partment on 2008-05-20$/,
    );
    expect(history.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['CABINET_CONSULTED', 'REVIEW_RAISED', 'REVIEW_RESOLVED', 'VERSION_SIGNED']),
    );
    expect(history.find((e) => e.kind === 'REVIEW_RAISED')).toMatchObject({
      by: expect.stringContaining('Nick North'),
      reason: 'NEET stretch out of line with comparable areas',
    });
    // Every entry names the role it was taken in: Cabinet by a Minister, the reviews by the moderating RD, the signature by a Minister.
    expect(history.filter((e) => !e.role)).toEqual([]);
    expect(history.find((e) => e.kind === 'CABINET_CONSULTED')).toMatchObject({
      by: expect.stringContaining('Mina Minister'),
      role: 'MINISTER',
    });
    expect(history.filter((e) => e.kind.startsWith('REVIEW_')).map((e) => [e.kind, e.role])).toEqual([
      ['REVIEW_RAISED', 'REGIONAL_DIRECTOR'],
      ['REVIEW_RESOLVED', 'REGIONAL_DIRECTOR'],
    ]);
    expect(history.find((e) => e.kind === 'VERSION_SIGNED')).toMatchObject({
      by: expect.stringContaining('Mina Minister'),
      role: 'MINISTER',
    });
  });
});

describe('controlled refresh of a signed agreement', () => {
  const REQUEST = `mutation ($input: TargetChangeInput!) { requestTargetChange(input: $input) { id status approvalLevel version } }`;
  const DECIDE = `mutation ($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { status decidedBy } }`;
  const UPDATE_TARGET = 'mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id version levels } }';
  const REMOVE_TARGET = 'mutation ($input: RemoveTargetInput!) { removeTarget(input: $input) { id } }';

  it('sends small level changes to the GO and big ones to Ministers, reopening only the target changed', async () => {
    // The first target was changed twice above; these two keep their signed levels.
    const [, small, big] = (await targets()).targets;
    const closed = await signOffTarget(people.themeLead, small);
    expect(closed.errors?.[0].message).toMatch(/needs an approved request first/);
    // The agreements subgraph fences what Ministers signed: a signed target is closed until a change is approved.
    const edit = await as(region, people.officer, SET_LEVELS, {
      input: { targetId: small.id, expectedVersion: small.version, levels: furtherLevels(small.levels) },
    });
    expect(edit.errors?.[0]).toMatchObject({
      extensions: { code: 'RULE_VIOLATION', rule: 'SIGNED_TARGET_CLOSED' },
      message: expect.stringMatching(/^The agreement is signed: NI\d+ changes only through controlled refresh/),
    });
    const added = await as(
      region,
      people.officer,
      'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }',
      {
        input: { agreementId, kind: 'DESIGNATED', indicatorCode: 'NI 8', baselineDueBy: '2008-12-31' },
      },
    );
    expect(added.errors?.[0]).toMatchObject({
      extensions: { code: 'RULE_VIOLATION', rule: 'SIGNED_TARGET_CLOSED' },
      message: expect.stringContaining('only once Ministers approve it'),
    });
    const bigRequest = await as<{ requestTargetChange: { approvalLevel: string } }>(region, people.officer, REQUEST, {
      input: {
        agreementId,
        targetId: big.id,
        change: 'CHANGE_LEVELS',
        proposedLevels: big.levels.map((l) => l * 2 + 1),
        reason: 'New funding',
      },
    });
    expect(bigRequest.data?.requestTargetChange.approvalLevel).toBe('MINISTERS');
    const proposed = furtherLevels(small.levels);
    const request = await as<{ requestTargetChange: { id: string; approvalLevel: string; version: number } }>(
      region,
      people.officer,
      REQUEST,
      {
        input: {
          agreementId,
          targetId: small.id,
          change: 'CHANGE_LEVELS',
          proposedLevels: proposed,
          reason: 'Baseline revised by ONS',
        },
      },
    );
    expect(request.errors).toBeUndefined();
    const { id, version, approvalLevel } = request.data!.requestTargetChange;
    expect(approvalLevel).toBe('GOVERNMENT_OFFICE');
    expect(
      (
        await as(region, people.officer, DECIDE, {
          input: { requestId: id, expectedVersion: version, approve: true, reason: 'mine' },
        })
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const approved = await as<{ decideTargetChange: { status: string } }>(region, people.director, DECIDE, {
      input: { requestId: id, expectedVersion: version, approve: true, reason: 'Within tolerance' },
    });
    expect(approved.data?.decideTargetChange.status).toBe('APPROVED');
    const reopened = await as<{ agreement: { signOff: { reopenedTargetIds: string[] } } }>(
      region,
      people.officer,
      'query ($id: ID!) { agreement(id: $id) { signOff { reopenedTargetIds } } }',
      { id: agreementId },
    );
    expect(reopened.data?.agreement.signOff.reopenedTargetIds).toEqual([small.id]);
    // The reopened target takes exactly the approved levels: other levels are refused at the write, before agreements changes anything.
    const otherLevels = furtherLevels(proposed);
    const other = await as(region, people.relationshipManager, SET_LEVELS, {
      input: { targetId: small.id, expectedVersion: small.version, levels: otherLevels },
    });
    expect(other.errors?.[0]).toMatchObject({
      extensions: { code: 'RULE_VIOLATION', rule: 'refresh-as-approved' },
      message: `The approved change sets ${small.indicator.code}'s levels to ${proposed.join(' / ')}, not ${otherLevels.join(' / ')}: set the approved levels, or request another change`,
    });
    const viaUpdate = await as(region, people.officer, UPDATE_TARGET, {
      input: { targetId: small.id, expectedVersion: small.version, levels: otherLevels },
    });
    expect(viaUpdate.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'refresh-as-approved' });
    // Nor is it removed under a change of levels: removal is Ministers' decision (REMOVE_DESIGNATED).
    const removed = await as(region, people.officer, REMOVE_TARGET, {
      input: { targetId: small.id, expectedVersion: small.version, reason: 'No longer needed' },
    });
    expect(removed.errors?.[0]).toMatchObject({
      extensions: { code: 'RULE_VIOLATION', rule: 'refresh-as-approved' },
      message: expect.stringContaining('REMOVE_DESIGNATED'),
    });
    expect((await targets()).targets.find((t) => t.id === small.id)).toMatchObject({
      version: small.version,
      levels: small.levels,
    });
    // The big change is not approved: its target stays closed.
    const bigEdit = await as(region, people.officer, SET_LEVELS, {
      input: { targetId: big.id, expectedVersion: big.version, levels: furtherLevels(big.levels) },
    });
    expect(bigEdit.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SIGNED_TARGET_CLOSED' });
    expect(
      (
        await as(region, people.relationshipManager, SET_LEVELS, {
          input: { targetId: small.id, expectedVersion: small.version, levels: proposed },
        })
      ).errors,
    ).toBeUndefined();
    const changed = (await targets()).targets.find((t) => t.id === small.id)!;
    expect(changed.signOff?.valid).toBe(false);
    expect((await signOffTarget(people.themeLead, changed)).errors).toBeUndefined();
    const { data } = await as<{
      agreement: {
        signOff: {
          stage: string;
          signedVersions: {
            number: number;
            reason: string;
            targets: { targetId: string; version: number; levels: number[] }[];
          }[];
          targetChangeRequests: { status: string }[];
          history: { kind: string; summary: string; role: string | null }[];
        };
      };
    }>(
      region,
      people.officer,
      `query ($id: ID!) { agreement(id: $id) { signOff { stage signedVersions { number reason targets { targetId version levels } }
        targetChangeRequests { status } history { kind summary role } } } }`,
      { id: agreementId },
    );
    const signOff = data!.agreement.signOff;
    expect(signOff.stage).toBe('SIGNED');
    expect(signOff.signedVersions.map((v) => v.number)).toEqual([1, 2]);
    expect(signOff.signedVersions[0].targets).toContainEqual({
      targetId: small.id,
      version: small.version,
      levels: small.levels,
    });
    expect(signOff.signedVersions[1].targets).toContainEqual({
      targetId: small.id,
      version: changed.version,
      levels: proposed,
    });
    expect(signOff.signedVersions[1].targets).toHaveLength(signOff.signedVersions[0].targets.length);
    const refresh = signOff.history.filter((e) => e.kind.startsWith('CHANGE_')).map((e) => e.summary);
    expect(refresh).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Change requested: change levels of target NI\d+ to .* \(approval: the Government Office\)$/,
        ),
        expect.stringMatching(/^Change approved: change levels of target NI\d+$/),
      ]),
    );
    expect(signOff.signedVersions[1].reason).toMatch(/Baseline revised by ONS/);
    expect(signOff.targetChangeRequests.map((r) => r.status)).toEqual(['REQUESTED', 'APPLIED']);
    // Each refresh record names its taker's role: requested by the partnership officer, approved by the RD, signed version 2 by the theme lead.
    expect(signOff.history.filter((e) => e.kind.startsWith('CHANGE_')).map((e) => [e.kind, e.role])).toEqual([
      ['CHANGE_REQUESTED', 'PARTNERSHIP_OFFICER'],
      ['CHANGE_REQUESTED', 'PARTNERSHIP_OFFICER'],
      ['CHANGE_DECIDED', 'REGIONAL_DIRECTOR'],
    ]);
    expect(signOff.history.filter((e) => e.kind === 'VERSION_SIGNED').map((e) => e.role)).toEqual([
      'MINISTER',
      'THEME_LEAD',
    ]);
  });

  it("leaves local targets free after signature: the partnership's own, with no refresh", async () => {
    const added = await as<{ addTarget: { id: string; version: number } }>(
      region,
      people.officer,
      'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id version } }',
      {
        input: {
          agreementId,
          kind: 'LOCAL',
          indicatorCode: '00CC-VOL1',
          localIndicatorTitle: 'Hours volunteered in the Dearne valley',
          theme: 'SAFER_AND_STRONGER_COMMUNITIES',
          baselineDueBy: '2009-03-31',
        },
      },
    );
    expect(added.errors).toBeUndefined();
    const local = added.data!.addTarget;
    const first = await as<{ setTargetLevels: { version: number } }>(region, people.officer, SET_LEVELS, {
      // A local indicator has no polarity in the national set: its direction is stated with the levels.
      input: { targetId: local.id, expectedVersion: local.version, levels: [100, 120, 150], intendedDirection: 'UP' },
    });
    expect(first.errors).toBeUndefined();
    const again = await as(region, people.officer, SET_LEVELS, {
      input: { targetId: local.id, expectedVersion: first.data!.setTargetLevels.version, levels: [110, 130, 170] },
    });
    expect(again.errors).toBeUndefined();
  });
});

describe("the region's sign-off board", () => {
  it("gives every area's sign-off stage in one query, public", async () => {
    const { data, errors } = await region.query<{
      signOffStages: {
        areaCode: string;
        areaName: string;
        stage: string;
        negotiationStage: string;
        synthetic: boolean;
        agreement: { id: string };
      }[];
    }>('{ signOffStages { areaCode areaName stage negotiationStage underReview synthetic agreement { id } } }');
    expect(errors).toBeUndefined();
    const { data: all } = await region.query<{ areas: unknown[] }>('{ areas { code } }');
    expect(data?.signOffStages).toHaveLength(all!.areas.length);
    expect(data?.signOffStages.find((s) => s.areaCode === AREA)).toMatchObject({
      areaName: 'Barnsley',
      stage: 'SIGNED',
      negotiationStage: 'SUBMITTED',
      agreement: { id: agreementId },
    });
    expect(
      data?.signOffStages.filter((s) => s.negotiationStage !== 'SUBMITTED').every((s) => s.stage === 'NOT_STARTED'),
    ).toBe(true);
    // Barnsley's first two steps are the demo's (synthetic), so its sign-off is marked synthetic though people took the rest; no steps, no mark.
    expect(data?.signOffStages.find((s) => s.areaCode === AREA)?.synthetic).toBe(true);
    expect(data?.signOffStages.filter((s) => s.stage === 'NOT_STARTED').every((s) => !s.synthetic)).toBe(true);
    expect(data?.signOffStages.filter((s) => s.stage !== 'NOT_STARTED').every((s) => s.synthetic)).toBe(true);
  });
});
