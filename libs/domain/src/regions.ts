/** The nine Government Office regions, keyed by their ONS region code (E12000001..E12000009). */
export interface GovernmentOfficeRegion {
  /** ONS region code, e.g. E12000003. */
  code: RegionCode;
  /** 1..9: the last digit of the code; it also fixes the region's default ports. */
  number: number;
  name: string;
  governmentOffice: string;
  /** The name the region has in areas.csv (ONS spelling). */
  onsName: string;
}

export const REGION_CODES = [
  'E12000001',
  'E12000002',
  'E12000003',
  'E12000004',
  'E12000005',
  'E12000006',
  'E12000007',
  'E12000008',
  'E12000009',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

const region = (n: number, name: string, governmentOffice: string, onsName = name): GovernmentOfficeRegion => ({
  code: REGION_CODES[n - 1],
  number: n,
  name,
  governmentOffice,
  onsName,
});

export const REGIONS: readonly GovernmentOfficeRegion[] = [
  region(1, 'North East', 'Government Office for the North East'),
  region(2, 'North West', 'Government Office for the North West'),
  region(3, 'Yorkshire and the Humber', 'Government Office for Yorkshire and the Humber', 'Yorkshire and The Humber'),
  region(4, 'East Midlands', 'Government Office for the East Midlands'),
  region(5, 'West Midlands', 'Government Office for the West Midlands'),
  region(6, 'East of England', 'Government Office for the East of England'),
  region(7, 'London', 'Government Office for London'),
  region(8, 'South East', 'Government Office for the South East'),
  region(9, 'South West', 'Government Office for the South West'),
];

export function isRegionCode(code: string): code is RegionCode {
  return (REGION_CODES as readonly string[]).includes(code);
}

export function regionByCode(code: RegionCode): GovernmentOfficeRegion {
  const found = REGIONS.find((r) => r.code === code);
  if (!found) throw new Error(`Unknown region code ${code}`);
  return found;
}

/** Finds a region by its ONS name as written in the reference data (case-insensitive). */
export function regionByOnsName(name: string): GovernmentOfficeRegion | undefined {
  const wanted = name.trim().toLowerCase();
  return REGIONS.find((r) => r.onsName.toLowerCase() === wanted);
}
