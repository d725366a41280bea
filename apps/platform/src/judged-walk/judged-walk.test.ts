import { TestRegion } from '@laa/testing';
import { startTestRegion } from '../testing';
import { act, baseline, OPS, refusal, roundPeople, WalkAgreement, WalkTarget } from './walk-api';

// Issue 14's judged walk as one test: from an empty store (no demo data), through the gateway, only the product's
// API, each step by the role the source gives it. Two regions stand for the nine in the national question (each
// region is its own deployment; starting nine on this machine's two cores takes minutes).

const YORKSHIRE = 'E12000003';
const SHEFFIELD = '00CG';
const EAST_MIDLANDS = 'E12000004';
const DERBY = '00FK';
const sheffield = roundPeople(YORKSHIRE, SHEFFIELD);
const derby = roundPeople(EAST_MIDLANDS, DERBY);

let yorkshire: TestRegion;
let eastMidlands: TestRegion;
let agreementId: string;

beforeAll(async () => {
  [yorkshire, eastMidlands] = await Promise.all([
    startTestRegion(YORKSHIRE, { seedDemo: false }),
    startTestRegion(EAST_MIDLANDS, { seedDemo: false }),
  ]);
}, 600_000);
afterAll(() => Promise.all([yorkshire?.stop(), eastMidlands?.stop()]));

const read = async () =>
  (
    await act<{ agreement: WalkAgreement }>(yorkshire, sheffield.relationshipManager, OPS.agreement, {
      id: agreementId,
    })
  ).agreement;

async function advanceTo(stage: string) {
  const { version } = await read();
  const reason = `Milestone met: moving to ${stage}`;
  return act(yorkshire, sheffield.relationshipManager, OPS.advance, {
    input: { agreementId, expectedVersion: version, stage, reason },
  });
}

async function addTarget(input: Record<string, unknown>) {
  const added = await act<{ addTarget: WalkTarget & { directionBasis: string } }>(
    yorkshire,
    sheffield.officer,
    OPS.addTarget,
    { input: { agreementId, ...input } },
  );
  return added.addTarget;
}

/** The statutory targets the set in force asks for, each with levels that improve in its indicator's direction. */
async function addStatutorySet(codes: string[]) {
  for (const code of codes) {
    const { data } = await yorkshire.query<{ indicator: { polarity: string | null } }>(
      'query ($c: String!) { indicator(code: $c) { polarity } }',
      { variables: { c: code } },
    );
    const lower = data!.indicator.polarity === 'LOWER_IS_BETTER';
    await addTarget({
      kind: 'STATUTORY_DCSF',
      indicatorCode: code,
      baseline: baseline(50),
      levels: lower ? [49, 48, 47] : [51, 52, 54],
      // Where polarity is not known, the target states its direction: the check runs on it.
      intendedDirection: data!.indicator.polarity ? null : 'UP',
    });
  }
}

const step = async (user: typeof sheffield.officer, stage: string, extra: Record<string, unknown> = {}) => {
  const { signOff } = await read();
  return act<{ takeSignOffStep: { stage: string } }>(yorkshire, user, OPS.step, {
    input: { agreementId, stage, expectedVersion: signOff.version, reason: `${stage}: reviewed`, ...extra },
  });
};

/** The theme lead signs off each designated and statutory target not yet signed off at its version. */
async function signOffEveryTarget() {
  for (const target of (await read()).targets.filter((t) => t.kind !== 'LOCAL' && !t.signOff?.valid)) {
    const department = target.kind === 'STATUTORY_DCSF' ? 'DCSF' : (target.indicator.department ?? 'CLG');
    await act(yorkshire, sheffield.themeLead, OPS.signOffTarget, {
      input: {
        targetId: target.id,
        targetVersion: target.version,
        departmentConfirmation: { department, confirmedBy: 'Dee Partment', confirmedOn: '2008-05-20' },
      },
    });
  }
}

describe("issue 14's judged walk, from an empty store", () => {
  it('the GO opens the round: every area of the region gets its agreement at the process map', async () => {
    const { openRound } = await act<{ openRound: { opened: { id: string; area: { code: string }; stage: string }[] } }>(
      yorkshire,
      sheffield.relationshipManager,
      OPS.openRound,
      { r: YORKSHIRE },
    );
    expect(openRound.opened.length).toBe(15);
    expect(openRound.opened.every((a) => a.stage === 'PROCESS_MAP')).toBe(true);
    agreementId = openRound.opened.find((a) => a.area.code === SHEFFIELD)!.id;
  });

  it("takes Sheffield's evidence, story of place and priorities to the targets stage", async () => {
    const csv = [
      'indicator,area,period,value,source,published',
      `NI8,${SHEFFIELD},2005/06,19.1,Active People Survey,2006-12-01`,
      `NI8,${SHEFFIELD},2006/07,20.4,Active People Survey,2007-12-01`,
      `NI8,${SHEFFIELD},2007/08,21.0,Active People Survey,2008-12-01`,
    ].join('\n');
    const loaded = await act<{ importObservations: { inserted: number; rejected: number } }>(
      yorkshire,
      sheffield.goAnalyst,
      OPS.importObservations,
      { csv },
    );
    expect(loaded.importObservations).toEqual({ inserted: 3, rejected: 0 });
    await act(yorkshire, sheffield.officer, OPS.writeStory, {
      input: {
        area: SHEFFIELD,
        expectedVersion: 0,
        placeToday: 'A city of steel and learning, with too few adults active',
        ambition: 'A healthier, more active city',
        claims: [{ statement: 'Adult participation in sport is rising but low', indicators: ['NI8'] }],
      },
    });
    await act(yorkshire, sheffield.officer, OPS.addPriority, {
      input: { agreementId, title: 'A more active city', description: 'Adult participation in sport' },
    });
    for (const stage of ['PRIORITIES', 'INDICATORS', 'TARGETS']) await advanceTo(stage);
    expect((await read()).stage).toBe('TARGETS');
  });

  it('checks a target whose polarity is unknown once its direction is stated, never skipping the check', async () => {
    const ni2 = await addTarget({ kind: 'DESIGNATED', indicatorCode: 'NI2', baseline: baseline(55) });
    expect(ni2.directionBasis).toBe('UNKNOWN');
    const levels = (input: Record<string, unknown>) =>
      refusal(yorkshire, sheffield.officer, OPS.setLevels, {
        input: { targetId: ni2.id, expectedVersion: ni2.version, ...input },
      });
    expect(await levels({ levels: [56, 57, 58] })).toMatchObject({ rule: 'DIRECTION_NEEDED' });
    expect(await levels({ levels: [54, 53, 52], intendedDirection: 'UP' })).toMatchObject({
      rule: 'LEVELS_DIRECTION',
    });
    expect(await levels({ levels: [56, 57, 58], intendedDirection: 'UP' })).toBeNull();
  });

  it('refuses to submit an agreement missing a statutory target, naming each missing indicator', async () => {
    await addTarget({ kind: 'DESIGNATED', indicatorCode: 'NI8', baseline: baseline(21), levels: [22, 23, 24] });
    const missing = (await read()).missingStatutoryIndicators;
    expect(missing.length).toBe(12);
    const { version } = await read();
    const refused = await refusal(yorkshire, sheffield.relationshipManager, OPS.advance, {
      input: { agreementId, expectedVersion: version, stage: 'SUBMITTED', reason: 'Ready' },
    });
    expect(refused).toMatchObject({ code: 'RULE_VIOLATION', rule: 'STATUTORY_SET_INCOMPLETE' });
    expect(refused!.extensions!.missing).toEqual(missing);
    for (const code of missing) expect(refused!.message).toContain(code);
    await addStatutorySet(missing);
    expect((await read()).missingStatutoryIndicators).toEqual([]);
  });

  it("refuses a department's point on a local target: departments have no part in local targets", async () => {
    const local = await addTarget({
      kind: 'LOCAL',
      indicatorCode: 'SHEF-PARKS-1',
      localIndicatorTitle: 'Residents satisfied with parks',
      theme: 'SAFER_AND_STRONGER_COMMUNITIES',
      localReason: "The partnership's own measure of the parks strategy",
      baseline: baseline(60),
      levels: [61, 62, 63],
      intendedDirection: 'UP',
    });
    const refused = await refusal(yorkshire, sheffield.departmentAnalyst, OPS.raisePoint, {
      input: { agreementId, subjectKind: 'TARGET', subjectRef: local.id, title: 'Too low', detail: 'Stretch it' },
    });
    expect(refused).toMatchObject({ code: 'RULE_VIOLATION', rule: 'DEPARTMENT_LOCAL_TARGET' });
  });

  it("goes from submission to Ministers' signature, each step by its role, and the recommendation has every section", async () => {
    await advanceTo('SUBMITTED');
    await act(yorkshire, sheffield.officer, OPS.signOffStory, {
      input: { area: SHEFFIELD, version: 1, note: 'LSP board, May 2008' },
    });
    await step(sheffield.officer, 'LSP_SIGNED_OFF');
    const bodies = [{ organisation: 'Sheffield City Council', body: 'Cabinet', agreedOn: '2008-05-01' }];
    await step(sheffield.officer, 'PARTNERS_AGREED', { governingBodies: bodies });
    await signOffEveryTarget();
    await step(sheffield.themeLead, 'TARGETS_SIGNED_OFF');
    const { signOff } = await read();
    const { recommendAgreement } = await act<{ recommendAgreement: { recommendation: { html: string } } }>(
      yorkshire,
      sheffield.director,
      OPS.recommend,
      {
        input: {
          agreementId,
          expectedVersion: signOff.version,
          reason: 'A stretching agreement that follows from the evidence',
          likelyImpact: 'More adults active in sport',
        },
      },
    );
    for (const section of RECOMMENDATION_SECTIONS) expect(recommendAgreement.recommendation.html).toContain(section);
    await act(yorkshire, sheffield.minister, OPS.cabinet, {
      input: { agreementId, colleagues: ['Secretary of State for Health'], outcome: 'No objections' },
    });
    await step(sheffield.minister, 'SIGNED');
    expect((await read()).signOff.stage).toBe('SIGNED');
  });

  it('takes one controlled refresh: an approved addition lets in one designated target and refuses a second', async () => {
    const { requestTargetChange: request } = await act<{
      requestTargetChange: { id: string; version: number; approvalLevel: string };
    }>(yorkshire, sheffield.officer, OPS.requestChange, {
      input: { agreementId, change: 'ADD_DESIGNATED', reason: 'A new priority on worklessness' },
    });
    const approver = request.approvalLevel === 'MINISTERS' ? sheffield.minister : sheffield.director;
    await act(yorkshire, approver, OPS.decideChange, {
      input: { requestId: request.id, expectedVersion: request.version, approve: true, reason: 'Agreed' },
    });
    await addTarget({
      kind: 'DESIGNATED',
      indicatorCode: 'NI152',
      baseline: baseline(12),
      levels: [11.5, 11, 10.5],
      intendedDirection: 'DOWN',
    });
    const second = await refusal(yorkshire, sheffield.officer, OPS.addTarget, {
      input: {
        agreementId,
        kind: 'DESIGNATED',
        indicatorCode: 'NI153',
        baseline: baseline(30),
        levels: [29, 28, 27],
        intendedDirection: 'DOWN',
      },
    });
    expect(second).toMatchObject({ code: 'RULE_VIOLATION', rule: 'refresh-as-approved' });
    await signOffEveryTarget();
    expect((await read()).signOff.readiness.blockers).toEqual([]);
  });

  it('answers a department analyst\'s "which areas chose NI 8" across the regions', async () => {
    const derbyAgreement = await act<{ openRound: { opened: { id: string; area: { code: string } }[] } }>(
      eastMidlands,
      derby.relationshipManager,
      OPS.openRound,
      { r: EAST_MIDLANDS },
    );
    const derbyId = derbyAgreement.openRound.opened.find((a) => a.area.code === DERBY)!.id;
    await act(eastMidlands, derby.officer, OPS.addTarget, {
      input: { agreementId: derbyId, kind: 'DESIGNATED', indicatorCode: 'NI 8', baseline: baseline(18) },
    });
    const areasChoosing = async (region: TestRegion, scope: string) => {
      const { indicatorChoices } = await act<{
        indicatorChoices: { indicators: { indicatorCode: string; areas: { code: string }[] }[] };
      }>(region, sheffield.departmentAnalyst, OPS.choices, { scope });
      return indicatorChoices.indicators.find((i) => i.indicatorCode === 'NI8')?.areas.map((a) => a.code) ?? [];
    };
    // Signed agreements for everyone; the analyst reads drafts too.
    expect(await areasChoosing(yorkshire, 'SIGNED')).toEqual([SHEFFIELD]);
    expect(await areasChoosing(eastMidlands, 'SIGNED')).toEqual([]);
    const all = [...(await areasChoosing(yorkshire, 'ALL')), ...(await areasChoosing(eastMidlands, 'ALL'))];
    expect(all).toEqual([SHEFFIELD, DERBY]);
  });
});

/** The sections issue 14 lists for the RD's recommendation, as the recommendation heads them. */
const RECOMMENDATION_SECTIONS = [
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
