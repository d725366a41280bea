import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

let yorkshire: TestRegion;
beforeAll(async () => {
  yorkshire = await startTestRegion('E12000003');
});
afterAll(() => yorkshire?.stop());

describe('two-tier areas', () => {
  it("lists North Yorkshire's seven districts, and its partnership includes their councils", async () => {
    const { data } = await yorkshire.query<{
      area: {
        type: string;
        districts: { code: string; name: string }[];
        partnership: { members: { organisation: string; sector: string; synthetic: boolean }[] };
      };
    }>(
      '{ area(code: "36") { type districts { code name } partnership { members { organisation sector synthetic } } } }',
      { subgraph: 'partners' },
    );
    expect(data?.area.type).toBe('SHIRE_COUNTY');
    expect(data?.area.districts.map((d) => d.name)).toEqual([
      'Craven',
      'Hambleton',
      'Harrogate',
      'Richmondshire',
      'Ryedale',
      'Scarborough',
      'Selby',
    ]);
    const districtCouncils = data?.area.partnership.members.filter((m) => m.sector === 'DISTRICT_COUNCIL') ?? [];
    expect(districtCouncils).toHaveLength(7);
    expect(districtCouncils.every((m) => !m.synthetic)).toBe(true);
  });

  it('gives unitary areas no districts', async () => {
    const { data } = await yorkshire.query<{ area: { districts: unknown[] } }>(
      '{ area(code: "00FF") { districts { code } } }',
    );
    expect(data?.area.districts).toEqual([]);
  });
});
