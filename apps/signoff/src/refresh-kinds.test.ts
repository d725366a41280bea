import { readIndicators } from '@laa/reference-data';
import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';
import { readinessOf, RaceTarget, sign, signOffTarget, stateOf } from './testing/fence-race';
import { as, ChainPeople, chainPeople } from './testing/people';

// Controlled refresh, one change per approval: a baseline (CHANGE_BASELINE) and a statutory target's levels are
// refreshed like designated levels; the write must be exactly the change approved, once; an approved addition lets
// in one designated target and refuses a second.

/** East Midlands: its demo has agreements the RD has recommended, which Ministers sign here. */
const REGION = 'E12000004';
let region: TestRegion;
let people: ChainPeople;
let agreementId: string;

const REQUEST =
  'mutation ($input: TargetChangeInput!) { requestTargetChange(input: $input) { id version approvalLevel currentBaseline { value period } proposedBaseline { value period source } } }';
const DECIDE = 'mutation ($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { status } }';
const UPDATE = 'mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id version } }';
const ADD = 'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id version } }';
const SIGNED = `query ($id: ID!) { agreement(id: $id) { targets { id baseline { value period source } }
  signOff { signedVersions { number targets { targetId baselineValue baselinePeriod levels } } } } }`;

type Request = { id: string; version: number; approvalLevel: string };
const extensions = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions;

beforeAll(async () => {
  region = await startTestRegion(REGION);
  const { data } = await region.query<{
    areas: { code: string; agreement: { id: string; signOff: { stage: string } } | null }[];
  }>('{ areas { code agreement { id signOff { stage } } } }');
  const recommended = data!.areas.find((a) => a.agreement?.signOff.stage === 'RD_RECOMMENDED')!;
  people = chainPeople(REGION, recommended.code);
  agreementId = recommended.agreement!.id;
  const cabinet = await as(
    region,
    people.minister,
    'mutation ($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { recordedBy } }',
    {
      input: {
        agreementId,
        colleagues: ['Secretary of State for Children, Schools and Families'],
        outcome: 'No objections',
      },
    },
  );
  expect(cabinet.errors).toBeUndefined();
  const signed = await sign(region, people, agreementId, (await stateOf(region, people, agreementId)).signOff.version);
  expect(signed.errors).toBeUndefined();
}, 600_000);
afterAll(() => region?.stop());

async function approved(input: Record<string, unknown>, approver = people.director): Promise<Request> {
  const asked = await as<{ requestTargetChange: Request }>(region, people.officer, REQUEST, {
    input: { agreementId, reason: 'The figures were revised', ...input },
  });
  expect(asked.errors).toBeUndefined();
  const request = asked.data!.requestTargetChange;
  const decided = await as<{ decideTargetChange: { status: string } }>(region, approver, DECIDE, {
    input: { requestId: request.id, expectedVersion: request.version, approve: true, reason: 'Agreed' },
  });
  expect(decided.errors).toBeUndefined();
  return request;
}

const statutory = async (): Promise<RaceTarget> =>
  (await stateOf(region, people, agreementId)).targets.find((t) => t.kind === 'STATUTORY_DCSF')!;
const update = (target: { id: string; version: number }, fields: Record<string, unknown>) =>
  as<{ updateTarget: { version: number } }>(region, people.relationshipManager, UPDATE, {
    input: { targetId: target.id, expectedVersion: target.version, ...fields },
  });

describe('controlled refresh: one approval covers exactly one change', () => {
  it("refreshes a statutory target's baseline as approved by the GO, once, and records it in a new signed version", async () => {
    const target = await statutory();
    const { data } = await as<{
      agreement: { targets: { id: string; baseline: { value: number; period: string } }[] };
    }>(region, people.officer, SIGNED, { id: agreementId });
    const signedBaseline = data!.agreement.targets.find((t) => t.id === target.id)!.baseline;
    const revised = {
      value: signedBaseline.value,
      period: '2008/09',
      source: 'DCSF revised figures, October 2008',
      provisional: false,
    };
    const request = await approved({ targetId: target.id, change: 'CHANGE_BASELINE', proposedBaseline: revised });
    expect(request).toMatchObject({ approvalLevel: 'GOVERNMENT_OFFICE' });

    expect(extensions(await update(target, { baseline: { ...revised, period: '2009/10' } }))).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'refresh-as-approved',
    });
    const beside = await update(target, { baseline: revised, localReason: 'And a reason while we are here' });
    expect(extensions(beside)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'refresh-as-approved' });
    expect(beside.errors?.[0].message).toMatch(/does not cover localReason: one approval covers exactly one change/);
    const made = await update(target, { baseline: revised });
    expect(made.errors).toBeUndefined();
    const again = await update(
      { id: target.id, version: made.data!.updateTarget.version },
      { baseline: { ...revised, source: 'Another source' } },
    );
    expect(extensions(again)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SIGNED_TARGET_CLOSED' });

    const changed = await statutory();
    expect((await signOffTarget(region, people, changed)).errors).toBeUndefined();
    const after = await as<{
      agreement: {
        signOff: { signedVersions: { number: number; targets: { targetId: string; baselinePeriod: string }[] }[] };
      };
    }>(region, people.officer, SIGNED, { id: agreementId });
    const latest = after.data!.agreement.signOff.signedVersions.at(-1)!;
    expect(latest.number).toBe(2);
    expect(latest.targets.find((t) => t.targetId === target.id)?.baselinePeriod).toBe('2008/09');
  });

  it("refreshes a statutory target's levels under the GO's approval, as approved", async () => {
    const target = await statutory();
    const levels = target.levels.map((level, year) =>
      year === 2 ? level + (level - target.levels[1] || 1) * 0.05 : level,
    );
    await approved({ targetId: target.id, change: 'CHANGE_LEVELS', proposedLevels: levels });
    const made = await update(target, { levels });
    expect(made.errors).toBeUndefined();
    expect((await signOffTarget(region, people, await statutory())).errors).toBeUndefined();
    expect(await readinessOf(region, people, agreementId)).toMatchObject({ blockers: [] });
  });

  it('lets one designated target in under an approved addition and refuses a second under the same approval', async () => {
    const used = new Set((await stateOf(region, people, agreementId)).targets.map((t) => t.indicator.code));
    const [first, second] = readIndicators().filter(
      (i) => i.polarity === 'HIGHER_IS_BETTER' && !i.statutoryDcsf && !i.withdrawn && !used.has(i.code),
    );
    await approved({ change: 'ADD_DESIGNATED', proposedLevels: [51, 52, 53] }, people.minister);
    const add = (code: string) =>
      as(region, people.relationshipManager, ADD, {
        input: {
          agreementId,
          kind: 'DESIGNATED',
          indicatorCode: code,
          baseline: { value: 50, period: '2007/08', source: 'Test figures' },
          levels: [51, 52, 53],
        },
      });
    expect((await add(first.code)).errors).toBeUndefined();
    const refused = await add(second.code);
    expect(extensions(refused)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'refresh-as-approved' });
    expect(refused.errors?.[0].message).toMatch(/one approval adds exactly one designated target/);
  });
});
