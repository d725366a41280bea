import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

let london: TestRegion;
beforeAll(async () => {
  london = await startTestRegion('E12000007', { seedDemo: false });
});
afterAll(() => london?.stop());

type AreaResult = {
  area: { code: string; gssCode: string | null; name: string; type: string; region: { name: string } } | null;
};

describe('the partners subgraph', () => {
  it("holds London's 33 areas including the City of London", async () => {
    const { data } = await london.query<{ areas: { name: string; type: string }[] }>('{ areas { name type } }', {
      subgraph: 'partners',
    });
    expect(data?.areas).toHaveLength(33);
    expect(data?.areas).toContainEqual({ name: 'City of London', type: 'CITY_OF_LONDON' });
  });

  it('finds an area by its 2008 SNAC code or its GSS code', async () => {
    const query = 'query ($code: String!) { area(code: $code) { code gssCode name type region { name } } }';
    const bySnac = await london.query<AreaResult>(query, { variables: { code: '00AA' }, subgraph: 'partners' });
    const byGss = await london.query<AreaResult>(query, { variables: { code: 'E09000001' }, subgraph: 'partners' });
    expect(bySnac.data?.area).toMatchObject({
      code: '00AA',
      gssCode: 'E09000001',
      name: 'City of London',
      region: { name: 'London' },
    });
    expect(byGss.data?.area).toEqual(bySnac.data?.area);
  });

  it('answers null for an area of another region', async () => {
    const { data } = await london.query<AreaResult>('{ area(code: "00CG") { name } }', { subgraph: 'partners' });
    expect(data?.area).toBeNull();
  });
});
