import { developmentUsers, Role } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion('E12000003');
});
afterAll(() => region?.stop());

const SET_LEVELS = `mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id levels version } }`;
type Target = { id: string; version: number; levels: number[] };

/** A target of an area in the region whose demo agreement has reached the target stage. */
async function someTarget(token: string): Promise<{ area: string; target: Target }> {
  const { data } = await region.query<{ areas: { code: string; agreement: { targets: Target[] } }[] }>(
    '{ areas { code agreement { targets { id version levels } } } }',
    { token },
  );
  const area = data?.areas.find((a) => a.agreement.targets.length > 0);
  if (!area) throw new Error('The demo data has no agreement with targets in this region');
  return { area: area.code, target: area.agreement.targets[0] };
}

describe('changing a target', () => {
  it('refuses the second of two writers who read the same version, with CONFLICT and the current version', async () => {
    const [relationshipManager] = developmentUsers('E12000003', '00CG');
    const token = await region.tokenFor(relationshipManager);
    const { target } = await someTarget(token);
    const input = (levels: number[]) => ({ input: { targetId: target.id, expectedVersion: target.version, levels } });

    // Levels that keep the demo target's direction (the rules are tested in target-rules.test.ts).
    const first = await region.query<{ setTargetLevels: Target }>(SET_LEVELS, {
      token,
      variables: input(target.levels),
    });
    const second = await region.query<{ setTargetLevels: Target }>(SET_LEVELS, { token, variables: input([7, 8, 9]) });

    expect(first.data?.setTargetLevels).toMatchObject({ levels: target.levels, version: target.version + 1 });
    expect(second.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: { version: target.version + 1, levels: target.levels },
    });
  });

  it("lets only the area's own partnership officer or its GO change it", async () => {
    const [relationshipManager] = developmentUsers('E12000003', '00CG');
    const { area, target } = await someTarget(await region.tokenFor(relationshipManager));
    const otherArea = area === '00CG' ? '00DA' : '00CG';
    const outsider = await region.tokenFor({
      id: 'po-other',
      name: 'Officer of another area',
      grants: [{ role: Role.PARTNERSHIP_OFFICER, region: 'E12000003', area: otherArea }],
    });
    const variables = { input: { targetId: target.id, expectedVersion: target.version, levels: [1, 2, 3] } };
    const refused = await region.query(SET_LEVELS, { token: outsider, variables });
    const anonymous = await region.query(SET_LEVELS, { variables });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validates input at the edge: three finite levels and a target id', async () => {
    const token = await region.tokenFor(developmentUsers('E12000003', '00CG')[0]);
    const { target } = await someTarget(token);
    const twoLevels = await region.query(SET_LEVELS, {
      token,
      variables: { input: { targetId: target.id, expectedVersion: target.version, levels: [1, 2] } },
    });
    const badId = await region.query(SET_LEVELS, {
      token,
      variables: { input: { targetId: 'not-a-uuid', expectedVersion: 1, levels: [1, 2, 3] } },
    });
    expect(twoLevels.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(twoLevels.errors)).toContain('exactly three values');
    expect(badId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
