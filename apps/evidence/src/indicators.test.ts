import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion('E12000001', { seedDemo: false });
});
afterAll(() => region?.stop());

type IndicatorRow = {
  code: string;
  withdrawn: boolean;
  title: string | null;
  titleStatus: string;
  polarity: string | null;
  polarityStatus: string;
};

describe('the national indicator set', () => {
  it('lists 198 live indicators by default, NI1 to NI199 without the withdrawn NI31', async () => {
    const { data } = await region.query<{ indicators: IndicatorRow[] }>('{ indicators { code withdrawn } }');
    const codes = data?.indicators.map((i) => i.code) ?? [];
    expect(codes).toHaveLength(198);
    expect(codes[0]).toBe('NI1');
    expect(codes.at(-1)).toBe('NI199');
    expect(codes).not.toContain('NI31');
  });

  it('keeps NI31 as withdrawn, listed on request and found by any spelling of its code', async () => {
    const { data } = await region.query<{ all: IndicatorRow[]; ni31: IndicatorRow }>(
      '{ all: indicators(includeWithdrawn: true) { code } ni31: indicator(code: "NI 31") { code withdrawn title } }',
    );
    expect(data?.all).toHaveLength(199);
    expect(data?.ni31).toMatchObject({
      code: 'NI31',
      withdrawn: true,
      title: 're-offending by registered sex offenders',
    });
  });

  it("carries each value's status: recalled titles are UNVERIFIED, inferred polarities INFERRED", async () => {
    const { data } = await region.query<{
      ni1: IndicatorRow;
      ni2: IndicatorRow;
      ni136: IndicatorRow;
      ni8: IndicatorRow;
    }>(
      `{ ni1: indicator(code: "NI1") { title titleStatus polarity polarityStatus }
         ni2: indicator(code: "NI2") { title titleStatus polarity polarityStatus }
         ni136: indicator(code: "NI136") { title titleStatus }
         ni8: indicator(code: "NI8") { polarity polarityStatus } }`,
    );
    expect(data?.ni1).toMatchObject({
      titleStatus: 'SOURCED',
      polarity: 'HIGHER_IS_BETTER',
      polarityStatus: 'SOURCED',
    });
    expect(data?.ni2).toMatchObject({ titleStatus: 'UNVERIFIED', polarity: null, polarityStatus: 'MISSING' });
    expect(data?.ni136.titleStatus).toBe('SOURCED');
    expect(data?.ni136.title).toContain('(all ages)');
    expect(data?.ni8).toMatchObject({ polarity: 'HIGHER_IS_BETTER', polarityStatus: 'INFERRED' });
  });

  it('filters the statutory DCSF set as the reference data marks it (the sixteen of 2008, inferred)', async () => {
    const { data } = await region.query<{ indicators: { code: string; statutoryDcsfStatus: string }[] }>(
      '{ indicators(statutoryDcsf: true) { code statutoryDcsfStatus } }',
    );
    expect(data?.indicators.map((i) => i.code)).toEqual([
      'NI72',
      'NI73',
      'NI74',
      'NI75',
      'NI83',
      'NI87',
      'NI92',
      'NI93',
      'NI94',
      'NI95',
      'NI96',
      'NI97',
      'NI98',
      'NI99',
      'NI100',
      'NI101',
    ]);
    expect(data?.indicators.every((i) => i.statutoryDcsfStatus === 'INFERRED')).toBe(true);
  });
});
