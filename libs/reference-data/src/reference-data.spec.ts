import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ReferenceStatus } from '@laa/domain';
import {
  AreaType,
  BUNDLED_REFERENCE_DATA_DIR,
  readAreas,
  readDistricts,
  readIndicators,
  statutoryCodesOn,
  statutoryMemberships,
} from './index';

const SHARED_DATA = join(__dirname, '..', '..', '..', '..', 'shared', 'data');

describe('the bundled reference data', () => {
  const areas = readAreas();

  it('has the 150 upper-tier areas of 2008, every one with a SNAC code and a region', () => {
    expect(areas).toHaveLength(150);
    expect(new Set(areas.map((a) => a.code)).size).toBe(150);
    const perRegion = (code: string) => areas.filter((a) => a.regionCode === code).length;
    expect(perRegion('E12000003')).toBe(15);
    expect(perRegion('E12000007')).toBe(33);
  });

  it('reads Sheffield and North Yorkshire with their codes and types', () => {
    expect(areas.find((a) => a.code === '00CG')).toMatchObject({
      name: 'Sheffield',
      gssCode: 'E08000019',
      type: AreaType.METROPOLITAN_DISTRICT,
    });
    expect(areas.find((a) => a.code === '36')).toMatchObject({ name: 'North Yorkshire', type: AreaType.SHIRE_COUNTY });
  });

  it('marks regions derived from a 2009 successor as inferred, and abolished counties without a GSS code', () => {
    const cornwall = areas.find((a) => a.name === 'Cornwall');
    expect(cornwall).toMatchObject({
      regionCode: 'E12000009',
      regionStatus: ReferenceStatus.INFERRED,
      gssCode: null,
      abolishedIn2009: true,
    });
  });

  it('does not list the Isles of Scilly as a district of Cornwall: it is an area of its own', () => {
    const districts = readDistricts();
    expect(districts.some((d) => d.code === '15UH')).toBe(false);
    expect(areas.find((a) => a.code === '15UH')?.type).toBe(AreaType.ISLES_OF_SCILLY);
    expect(districts).toHaveLength(238);
  });

  it('reads 199 indicators: NI31 withdrawn, a sourced title wins over a recalled one', () => {
    const indicators = readIndicators();
    expect(indicators).toHaveLength(199);
    expect(indicators.filter((i) => i.withdrawn).map((i) => i.code)).toEqual(['NI31']);
    const statuses = indicators.map((i) => i.titleStatus);
    expect(statuses.filter((s) => s === ReferenceStatus.SOURCED).length).toBe(61);
    expect(statuses.filter((s) => s === ReferenceStatus.UNVERIFIED).length).toBe(138);
  });

  it("reads both polarity spellings and keeps the second pass's sixteen statutory DCSF rows inferred, not sourced", () => {
    const indicators = readIndicators();
    const ni = (code: string) => indicators.find((i) => i.code === code);
    expect(ni('NI1')).toMatchObject({ polarity: 'HIGHER_IS_BETTER', polarityStatus: ReferenceStatus.SOURCED });
    expect(indicators.filter((i) => i.polarityStatus === ReferenceStatus.SOURCED)).toHaveLength(11);
    const statutory = indicators.filter((i) => i.statutoryDcsf);
    expect(statutory.map((i) => i.number)).toEqual([72, 73, 74, 75, 83, 87, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101]);
    expect(statutory.every((i) => i.statutoryDcsfStatus === ReferenceStatus.INFERRED)).toBe(true);
  });

  it('is a verbatim copy of shared/data (compared wherever shared/ sits beside the repository, as in CI)', () => {
    const bundled = readdirSync(BUNDLED_REFERENCE_DATA_DIR).sort();
    expect(bundled).toEqual([
      'SOURCES-verification-pass-2.md',
      'SOURCES.md',
      'areas.csv',
      'districts.csv',
      'national_indicators.csv',
    ]);
    if (!existsSync(SHARED_DATA)) return;
    expect(readdirSync(SHARED_DATA).sort()).toEqual(bundled);
    for (const file of bundled) {
      expect(readFileSync(join(BUNDLED_REFERENCE_DATA_DIR, file), 'utf8')).toBe(
        readFileSync(join(SHARED_DATA, file), 'utf8'),
      );
    }
  });
});

describe('the statutory DCSF set, effective-dated', () => {
  const memberships = statutoryMemberships();

  it('has the 16 of the 2008 round in force from 1 April 2008, all inferred with the reason from SOURCES', () => {
    expect(statutoryCodesOn(memberships, '2008-03-31')).toEqual([]);
    expect(statutoryCodesOn(memberships, '2008-04-01')).toHaveLength(16);
    expect(memberships.every((m) => m.status === ReferenceStatus.INFERRED && /SOURCES\.md 1b/.test(m.reason))).toBe(
      true,
    );
  });

  it('loses the Key Stage 3 indicators (NI 74, 83, 95, 96) from 31 December 2008, leaving 12', () => {
    const before = statutoryCodesOn(memberships, '2008-12-30');
    const after = statutoryCodesOn(memberships, '2008-12-31');
    expect(before.filter((code) => !after.includes(code))).toEqual(['NI74', 'NI83', 'NI95', 'NI96']);
    expect(after).toEqual([
      'NI72',
      'NI73',
      'NI75',
      'NI87',
      'NI92',
      'NI93',
      'NI94',
      'NI97',
      'NI98',
      'NI99',
      'NI100',
      'NI101',
    ]);
    expect(memberships.find((m) => m.indicatorCode === 'NI74')?.reason).toMatch(/SI 2008\/3086/);
  });
});
