import { ReferenceStatus, RegionCode, regionByOnsName } from '@laa/domain';
import { parseCsv } from './csv';
import { readReferenceFile } from './files';

export enum AreaType {
  SHIRE_COUNTY = 'SHIRE_COUNTY',
  UNITARY_AUTHORITY = 'UNITARY_AUTHORITY',
  METROPOLITAN_DISTRICT = 'METROPOLITAN_DISTRICT',
  LONDON_BOROUGH = 'LONDON_BOROUGH',
  CITY_OF_LONDON = 'CITY_OF_LONDON',
  ISLES_OF_SCILLY = 'ISLES_OF_SCILLY',
}

/** An upper-tier area of 2008: one LAA each. */
export interface AreaReference {
  /** 2008 ONS (SNAC) code: the area's stable identifier. */
  code: string;
  gssCode: string | null;
  name: string;
  type: AreaType;
  typeDescription: string;
  regionCode: RegionCode;
  regionStatus: ReferenceStatus;
  abolishedIn2009: boolean;
  note2009: string;
  sources: string[];
}

export interface DistrictReference {
  code: string;
  name: string;
  countyCode: string;
  gssCode: string | null;
  status2009: string;
}

export function readAreas(dir?: string): AreaReference[] {
  return parseCsv(readReferenceFile('areas.csv', dir)).map(toArea);
}

/** Shire districts under their county; a district that is itself an LAA area (Isles of Scilly) is not a district of another. */
export function readDistricts(dir?: string): DistrictReference[] {
  const areaCodes = new Set(readAreas(dir).map((a) => a.code));
  return parseCsv(readReferenceFile('districts.csv', dir))
    .filter((row) => !areaCodes.has(row.district_snac))
    .map((row) => ({
      code: row.district_snac,
      name: row.district_name,
      countyCode: row.county_snac,
      gssCode: row.district_gss_current || null,
      status2009: row.status_2009,
    }));
}

function toArea(row: Record<string, string>): AreaReference {
  const regionName = row.region.replace(/\s*\(.*\)\s*$/, '');
  const region = regionByOnsName(regionName);
  if (!region) throw new Error(`Unknown region "${row.region}" for area ${row.name} in areas.csv`);
  return {
    code: row.snac_code,
    gssCode: row.code || null,
    name: row.name,
    type: areaTypeOf(row.type),
    typeDescription: row.type,
    regionCode: region.code,
    regionStatus: /derived/i.test(row.region) ? ReferenceStatus.INFERRED : ReferenceStatus.SOURCED,
    abolishedIn2009: /abolished/i.test(row.type),
    note2009: row.note_2009,
    sources: row.source
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function areaTypeOf(text: string): AreaType {
  if (/^County council/i.test(text)) return AreaType.SHIRE_COUNTY;
  if (/^Unitary/i.test(text)) return AreaType.UNITARY_AUTHORITY;
  if (/^Metropolitan/i.test(text)) return AreaType.METROPOLITAN_DISTRICT;
  if (/^London borough/i.test(text)) return AreaType.LONDON_BOROUGH;
  if (/^City of London/i.test(text)) return AreaType.CITY_OF_LONDON;
  if (/^Isles of Scilly/i.test(text)) return AreaType.ISLES_OF_SCILLY;
  throw new Error(`Unknown area type in areas.csv: ${text}`);
}
