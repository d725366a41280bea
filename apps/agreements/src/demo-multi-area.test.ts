import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';

// The demo's Sheffield City Region agreement, as East Midlands seeds its part: the copy of Yorkshire and the Humber's record.
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion('E12000004');
});
afterAll(() => region?.stop());

it("holds the lead region's copy, marked synthetic, on its member areas only", async () => {
  const { data, errors } = await region.query<{
    derbyshire: { multiAreaAgreements: unknown[] };
    leicestershire: { multiAreaAgreements: unknown[] };
  }>(
    '{ derbyshire: area(code: "17") { multiAreaAgreements { title holding leadRegionCode version synthetic } } leicestershire: area(code: "31") { multiAreaAgreements { title } } }',
  );
  expect(errors).toBeUndefined();
  expect(data!.derbyshire.multiAreaAgreements).toEqual([
    {
      title: 'Sheffield City Region Multi-Area Agreement',
      holding: 'COPY',
      leadRegionCode: 'E12000003',
      version: 1,
      synthetic: true,
    },
  ]);
  expect(data!.leicestershire.multiAreaAgreements).toEqual([]);
});
