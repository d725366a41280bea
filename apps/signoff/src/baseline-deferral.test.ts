import { developmentUser } from '@laa/identity';
import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';
import {
  as,
  ChainTarget,
  chainPeople,
  confirmation,
  confirmingDepartment,
  READINESS,
  RECOMMEND,
  SIGN_OFF_TARGET,
  TAKE_STEP,
  TARGETS,
} from './testing/people';

// Signature needs a reliable baseline for every designated and statutory target, or a deferral the GO approved with
// the date the baseline is due (the 2008 practice). Agreements keeps the deferral; sign-off refuses without it.

const REGION = 'E12000003';
/** Barnsley's demo agreement: submitted, with the partners' agreement recorded (PARTNERS_AGREED). */
const AREA = '00CC';
const people = chainPeople(REGION, AREA);
const deputy = developmentUser('drd', REGION, AREA)!;
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

const REQUEST =
  'mutation ($input: RequestBaselineDeferralInput!) { requestBaselineDeferral(input: $input) { id status dueBy requestedBy requestedByRole } }';
const DECIDE =
  'mutation ($input: DecideBaselineDeferralInput!) { decideBaselineDeferral(input: $input) { id status decidedBy decidedByRole decisionReason } }';
const DEFERRALS = `query ($id: ID!) { agreement(id: $id) { targets { id placeholder baselineDeferral { status reason dueBy requestedBy decidedBy decidedByRole } }
  history { summary } } }`;

type Deferral = { id: string; status: string };
type Blocker = { kind: string; ref: string; reason: string };

async function targets(): Promise<{ stage: string; version: number; targets: ChainTarget[] }> {
  const { data, errors } = await as<{
    agreement: { signOff: { stage: string; version: number }; targets: ChainTarget[] };
  }>(region, people.themeLead, TARGETS, { id: agreementId });
  expect(errors).toBeUndefined();
  return { ...data!.agreement.signOff, targets: data!.agreement.targets };
}

async function readiness(): Promise<{ ready: boolean; blockers: Blocker[] }> {
  const { data, errors } = await as<{ agreement: { signOff: { readiness: { ready: boolean; blockers: Blocker[] } } } }>(
    region,
    people.director,
    READINESS,
    { id: agreementId },
  );
  expect(errors).toBeUndefined();
  return data!.agreement.signOff.readiness;
}

const code = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions;

describe("baselines at signature: reliable, or deferred with the GO's approval", () => {
  let placeholder: ChainTarget;

  it('makes a designated target a placeholder, signs off every target, and the RD cannot recommend, naming it', async () => {
    const designated = (await targets()).targets.find((t) => t.kind === 'DESIGNATED')!;
    const provisional = await as(
      region,
      people.relationshipManager,
      'mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }',
      {
        input: {
          targetId: designated.id,
          expectedVersion: designated.version,
          baseline: { value: 40, period: '2007/08', source: 'Provisional survey', provisional: true },
          baselineDueBy: '2008-10-31',
        },
      },
    );
    expect(provisional.errors).toBeUndefined();
    for (const target of (await targets()).targets) {
      const signed = await as(region, people.themeLead, SIGN_OFF_TARGET, {
        input: {
          targetId: target.id,
          targetVersion: target.version,
          departmentConfirmation: confirmation(confirmingDepartment(target)),
        },
      });
      expect(signed.errors).toBeUndefined();
    }
    const { version } = await targets();
    const step = await as(region, people.themeLead, TAKE_STEP, {
      input: { agreementId, stage: 'TARGETS_SIGNED_OFF', expectedVersion: version, reason: 'Every target confirmed' },
    });
    expect(step.errors).toBeUndefined();
    placeholder = (await targets()).targets.find((t) => t.id === designated.id)!;
    const ready = await readiness();
    expect(ready.ready).toBe(false);
    expect(ready.blockers).toEqual([
      expect.objectContaining({
        kind: 'BASELINE',
        ref: placeholder.id,
        reason: `${placeholder.indicator.code} (designated) has no reliable baseline and no deferral is approved`,
      }),
    ]);
    const refused = await as(region, people.director, RECOMMEND, {
      input: {
        agreementId,
        expectedVersion: (await targets()).version,
        reason: 'Ready',
        likelyImpact: 'Better outcomes',
      },
    });
    expect(code(refused)).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(refused.errors?.[0].message).toContain(
      `${placeholder.indicator.code} (designated) has no reliable baseline`,
    );
  });

  it("records who asked for a deferral and why, refuses it where there is nothing to defer, and lets only the GO's leads decide", async () => {
    const reliable = (await targets()).targets.find((t) => t.kind === 'DESIGNATED' && t.id !== placeholder.id)!;
    expect(
      code(
        await as(region, people.officer, REQUEST, {
          input: { targetId: reliable.id, reason: 'Not needed', dueBy: '2008-10-31' },
        }),
      ),
    ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'DEFERRAL_NOT_NEEDED' });
    expect(
      code(
        await as(region, people.analyst, REQUEST, {
          input: { targetId: placeholder.id, reason: 'Departments do not ask', dueBy: '2008-10-31' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const asked = await as<{
      requestBaselineDeferral: Deferral & { dueBy: string; requestedBy: string; requestedByRole: string };
    }>(region, people.officer, REQUEST, {
      input: { targetId: placeholder.id, reason: 'The first Place Survey reports in the autumn', dueBy: '2008-10-31' },
    });
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.requestBaselineDeferral).toMatchObject({
      status: 'REQUESTED',
      dueBy: '2008-10-31',
      requestedBy: 'Pat Officer',
      requestedByRole: 'PARTNERSHIP_OFFICER',
    });
    expect(
      code(
        await as(region, people.officer, REQUEST, {
          input: { targetId: placeholder.id, reason: 'Again', dueBy: '2008-11-30' },
        }),
      ),
    ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'DEFERRAL_EXISTS' });
    expect((await readiness()).blockers).toEqual([
      expect.objectContaining({
        kind: 'BASELINE',
        reason: expect.stringContaining("its deferral to 2008-10-31 awaits the GO's decision"),
      }),
    ]);

    const deferralId = asked.data!.requestBaselineDeferral.id;
    for (const notGo of [people.themeLead, people.officer, people.minister, people.otherDirector]) {
      expect(
        code(await as(region, notGo, DECIDE, { input: { deferralId, approve: true, reason: 'Not mine to decide' } })),
      ).toMatchObject({ code: 'FORBIDDEN' });
    }
    const approved = await as<{ decideBaselineDeferral: Deferral & { decidedBy: string; decidedByRole: string } }>(
      region,
      deputy,
      DECIDE,
      {
        input: { deferralId, approve: true, reason: 'The survey is the only reliable source; agreed at the GO board' },
      },
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.decideBaselineDeferral).toMatchObject({
      status: 'APPROVED',
      decidedBy: deputy.name,
      decidedByRole: 'DEPUTY_REGIONAL_DIRECTOR',
    });
    expect(
      code(
        await as(region, people.director, DECIDE, { input: { deferralId, approve: false, reason: 'Changed my mind' } }),
      ),
    ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'DEFERRAL_DECIDED' });

    const { data, errors } = await as<{
      agreement: {
        targets: { id: string; placeholder: boolean; baselineDeferral: Record<string, unknown> | null }[];
        history: { summary: string }[];
      };
    }>(region, people.officer, DEFERRALS, { id: agreementId });
    expect(errors).toBeUndefined();
    expect(data?.agreement.targets.find((t) => t.id === placeholder.id)).toMatchObject({
      placeholder: true,
      baselineDeferral: {
        status: 'APPROVED',
        reason: 'The first Place Survey reports in the autumn',
        dueBy: '2008-10-31',
        requestedBy: 'Pat Officer',
        decidedBy: deputy.name,
        decidedByRole: 'DEPUTY_REGIONAL_DIRECTOR',
      },
    });
    const summaries = data!.agreement.history.map((h) => h.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Asked to defer the baseline of Target NI\d+ \(DESIGNATED\) to 2008-10-31/),
        expect.stringMatching(/^Approved deferring the baseline/),
      ]),
    );
  });

  it('lets the RD recommend once the deferral is approved: nothing else blocks', async () => {
    expect(await readiness()).toMatchObject({ ready: true, blockers: [] });
    const recommended = await as(region, people.director, RECOMMEND, {
      input: {
        agreementId,
        expectedVersion: (await targets()).version,
        reason: 'Baselines reliable or deferred with approval',
        likelyImpact: 'Better outcomes',
      },
    });
    expect(recommended.errors).toBeUndefined();
  });
});
