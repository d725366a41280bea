import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { peopleOf } from './testing/drafting';

const REGION = 'E12000003';
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION);
});
afterAll(() => region?.stop());

const MEMBERS = `query ($code: String!) { area(code: $code) { partnership { members { sector organisation
  commitments { kind indicator { code } leadPartner { sector } agreement { id } } } } } }`;
type Members = {
  area: {
    partnership: {
      members: {
        sector: string;
        commitments: { indicator: { code: string }; leadPartner: { sector: string } | null }[];
      }[];
    };
  };
};

async function areaWithTargets(token: string): Promise<string> {
  const { data } = await region.query<{ areas: { code: string; agreement: { targets: { id: string }[] } | null }[] }>(
    '{ areas { code agreement { targets { id } } } }',
    { token },
  );
  return data!.areas.find((a) => (a.agreement?.targets.length ?? 0) > 0)!.code;
}

describe("partners' commitments", () => {
  it('lists the targets each partnership member leads or contributes to, across subgraphs', async () => {
    const { relationshipManager } = peopleOf(REGION, '00CG', '00DA');
    const token = await region.tokenFor(relationshipManager);
    const area = await areaWithTargets(token);
    const { data, errors } = await region.query<Members>(MEMBERS, { token, variables: { code: area } });
    expect(errors).toBeUndefined();
    const bySector = Object.fromEntries(data!.area.partnership.members.map((m) => [m.sector, m.commitments]));
    expect(bySector.COUNCIL.length).toBeGreaterThan(0);
    const led = Object.entries(bySector).flatMap(([sector, commitments]) =>
      commitments.filter((c) => c.leadPartner?.sector === sector),
    );
    expect(led.length).toBeGreaterThan(0);
  });

  it("shows no draft commitments to the public or to another area's officer", async () => {
    const { relationshipManager, outsider } = peopleOf(REGION, '00CG', '00DA');
    const area = await areaWithTargets(await region.tokenFor(relationshipManager));
    const other = area === '00DA' ? '00CG' : '00DA';
    for (const token of [
      undefined,
      await region.tokenFor({ ...outsider, grants: [{ ...outsider.grants[0], area: other }] }),
    ]) {
      const { data } = await region.query<Members>(MEMBERS, { token, variables: { code: area } });
      expect(data?.area.partnership.members.every((m) => m.commitments.length === 0)).toBe(true);
    }
  });
});
