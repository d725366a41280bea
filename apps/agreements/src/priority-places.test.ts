import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

const REGION = 'E12000003';
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION);
});
afterAll(() => region?.stop());

type Place = { id: string; department: string; priority: string; area: { code: string } };

describe("the departments' priority places an agreement touches", () => {
  it("are every department priority naming the agreement's area, federated from partners (public, like departments)", async () => {
    const { data } = await region.query<{
      departments: { department: string; priorityPlaces: Place[] }[];
      areas: { code: string; agreement: { id: string } | null }[];
    }>(
      '{ departments { department priorityPlaces { id department priority area { code } } } areas { code agreement { id } } }',
    );
    const all = data!.departments.flatMap((d) => d.priorityPlaces);
    const [touched, untouched] = [
      data!.areas.find((a) => a.agreement && all.some((p) => p.area.code === a.code)),
      data!.areas.find((a) => a.agreement && !all.some((p) => p.area.code === a.code)),
    ];
    if (!touched) throw new Error('The demo data names no area of the region as a priority place');

    const read = async (id: string) =>
      (
        await region.query<{ agreement: { areaCode: string; departmentPriorityPlaces: Place[] } }>(
          'query ($id: ID!) { agreement(id: $id) { areaCode departmentPriorityPlaces { id department priority area { code } } } }',
          { variables: { id } },
        )
      ).data!.agreement;
    const answer = await read(touched.agreement!.id);
    expect(answer.areaCode).toBe(touched.code);
    const expected = all.filter((p) => p.area.code === touched.code);
    expect(answer.departmentPriorityPlaces.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(new Set(answer.departmentPriorityPlaces.map((p) => p.department))).toEqual(
      new Set(expected.map((p) => p.department)),
    );
    if (untouched) expect((await read(untouched.agreement!.id)).departmentPriorityPlaces).toEqual([]);
  });
});
