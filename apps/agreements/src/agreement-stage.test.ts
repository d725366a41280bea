import { GATEWAY_KEY_HEADER, gatewayKey, PEER_HEADER, PEER_KEY_HEADER, peerKey } from '@laa/identity';
import { postGraphql, TEST_AUTH_SECRET, TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { ADD_TARGET, addStatutorySet, baseline, peopleOf, STATUTORY_IN_FORCE } from './testing/drafting';

const REGION = 'E12000009';
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION);
});
afterAll(() => region?.stop());

const ADVANCE = `mutation ($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { stage version } }`;
type Agreement = { id: string; version: number; stage: string };

async function processMapAgreement(token: string): Promise<{ area: string; agreement: Agreement }> {
  const { data } = await region.query<{ areas: { code: string; agreement: Agreement }[] }>(
    '{ areas { code agreement { id version stage } } }',
    { token },
  );
  const found = data!.areas.find((a) => a.agreement.stage === 'PROCESS_MAP');
  if (!found) throw new Error('no demo agreement at PROCESS_MAP in this region');
  return { area: found.code, agreement: found.agreement };
}

describe("the agreement's negotiation stages", () => {
  it("go one at a time, by the agreement's editors, and a draft goes to sign-off only with its targets' levels set and the statutory set in force", async () => {
    const setup = peopleOf(REGION, '00HB', '00HA');
    const { area, agreement } = await processMapAgreement(await region.tokenFor(setup.relationshipManager));
    const { relationshipManager, partnershipOfficer, analyst, outsider } = peopleOf(
      REGION,
      area,
      area === '00HB' ? '00HA' : '00HB',
    );
    const rm = await region.tokenFor(relationshipManager);
    const advance = async (token: string, stage: string, expectedVersion: number) =>
      region.query<{ advanceAgreementStage: Agreement }>(ADVANCE, {
        token,
        variables: {
          input: {
            agreementId: agreement.id,
            expectedVersion,
            stage,
            reason: `${stage}: agreed at the partnership board`,
          },
        },
      });

    const skipping = await advance(rm, 'INDICATORS', agreement.version);
    expect(skipping.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'STAGE_ORDER' });
    expect(skipping.errors?.[0].message).toBe('The agreement is at PROCESS_MAP: the next stage is PRIORITIES');
    expect((await advance(rm, 'PRIORITIES', agreement.version + 5)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: { version: agreement.version },
    });
    expect(
      (await advance(await region.tokenFor(analyst), 'PRIORITIES', agreement.version)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await advance(await region.tokenFor(outsider), 'PRIORITIES', agreement.version)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');

    let version = agreement.version;
    for (const stage of ['PRIORITIES', 'INDICATORS', 'TARGETS']) {
      const moved = await advance(
        stage === 'INDICATORS' ? await region.tokenFor(partnershipOfficer) : rm,
        stage,
        version,
      );
      expect(moved.data?.advanceAgreementStage).toEqual({ stage, version: version + 1 });
      version += 1;
    }
    expect((await advance(rm, 'SUBMITTED', version)).errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'SUBMIT_NEEDS_TARGETS',
    });

    const added = await region.query<{ addTarget: { id: string; version: number } }>(ADD_TARGET, {
      token: rm,
      variables: {
        input: { agreementId: agreement.id, kind: 'DESIGNATED', indicatorCode: 'NI8', baseline: baseline(40) },
      },
    });
    expect(added.errors).toBeUndefined();
    version += 1;
    const unset = await advance(rm, 'SUBMITTED', version);
    expect(unset.errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'SUBMIT_NEEDS_LEVELS',
      targets: [added.data!.addTarget.id],
    });
    expect(unset.errors?.[0].message).toContain('NI8 (designated)');
    const levels = await region.query(
      'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { version } }',
      {
        token: rm,
        variables: {
          input: {
            targetId: added.data!.addTarget.id,
            expectedVersion: added.data!.addTarget.version,
            levels: [41, 42, 44],
          },
        },
      },
    );
    expect(levels.errors).toBeUndefined();
    version += 1;
    const incomplete = await advance(rm, 'SUBMITTED', version);
    expect(incomplete.errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'STATUTORY_SET_INCOMPLETE',
      missing: STATUTORY_IN_FORCE,
    });
    expect(incomplete.errors?.[0].message).toContain('NI72, NI73, NI75');
    expect(incomplete.errors?.[0].message).not.toContain('NI74');
    // Ministers' signature too: the fence sign-off asks for refuses it, judged in agreements' own transaction.
    const live = await region.query<{ agreement: { targets: { id: string; version: number }[] } }>(
      'query ($id: ID!) { agreement(id: $id) { targets { id version } } }',
      { token: rm, variables: { id: agreement.id } },
    );
    const fence = await postGraphql(
      region.subgraphUrls.agreements,
      'mutation ($input: FenceAgreementInput!) { fenceAgreementTargets(input: $input) }',
      {
        input: {
          agreementId: agreement.id,
          attemptId: '00000000-0000-4000-8000-000000000001',
          targets: live.data!.agreement.targets.map((t) => ({ targetId: t.id, version: t.version })),
        },
      },
      rm,
      {
        [GATEWAY_KEY_HEADER]: gatewayKey(TEST_AUTH_SECRET),
        [PEER_HEADER]: 'signoff',
        [PEER_KEY_HEADER]: peerKey(TEST_AUTH_SECRET, 'signoff'),
      },
    );
    expect(fence.errors?.[0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'STATUTORY_SET_INCOMPLETE',
      missing: STATUTORY_IN_FORCE,
    });
    version += await addStatutorySet(region, rm, agreement.id, STATUTORY_IN_FORCE.slice(1));
    expect((await advance(rm, 'SUBMITTED', version)).errors?.[0].extensions).toMatchObject({
      rule: 'STATUTORY_SET_INCOMPLETE',
      missing: ['NI72'],
    });
    version += await addStatutorySet(region, rm, agreement.id, ['NI72']);
    expect((await advance(rm, 'SUBMITTED', version)).data?.advanceAgreementStage).toEqual({
      stage: 'SUBMITTED',
      version: version + 1,
    });
    expect((await advance(rm, 'SUBMITTED', version + 1)).errors?.[0].message).toBe(
      'The agreement is already submitted for sign-off',
    );

    const { data } = await region.query<{
      agreement: {
        history: {
          summary: string;
          changedBy: { name: string };
          changes: { itemType: string; before: { stage: string }; after: { stage: string } }[];
        }[];
      };
    }>(
      'query ($id: ID!) { agreement(id: $id) { history { summary changedBy { name } changes { itemType before after } } } }',
      { token: rm, variables: { id: agreement.id } },
    );
    const moves = data!.agreement.history.filter((r) => r.changes.some((c) => c.itemType === 'AGREEMENT'));
    expect(moves.map((r) => [r.changes[0].before.stage, r.changes[0].after.stage, r.changedBy.name])).toEqual([
      ['TARGETS', 'SUBMITTED', relationshipManager.name],
      ['INDICATORS', 'TARGETS', relationshipManager.name],
      ['PRIORITIES', 'INDICATORS', partnershipOfficer.name],
      ['PROCESS_MAP', 'PRIORITIES', relationshipManager.name],
    ]);
  });
});
