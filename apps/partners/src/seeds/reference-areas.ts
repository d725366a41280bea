import { RegionCode, regionByCode } from '@laa/domain';
import { readAreas, readDistricts } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { Area } from '../entities/area';
import { District } from '../entities/district';
import { Region } from '../entities/region';

/** Loads this region's areas and districts from the reference data; re-running it applies corrections. */
export async function importReferenceAreas(manager: EntityManager, regionCode: RegionCode): Promise<number> {
  const region = regionByCode(regionCode);
  await manager.upsert(Region, { code: region.code, name: region.name, governmentOffice: region.governmentOffice }, [
    'code',
  ]);
  const areas = readAreas().filter((area) => area.regionCode === regionCode);
  await manager.upsert(
    Area,
    areas.map(({ code, gssCode, name, type, typeDescription, regionStatus, abolishedIn2009, note2009, sources }) => ({
      code,
      gssCode,
      name,
      type,
      typeDescription,
      regionCode,
      regionStatus,
      abolishedIn2009,
      note2009,
      sources,
    })),
    ['code'],
  );
  const codes = new Set(areas.map((area) => area.code));
  const districts = readDistricts().filter((district) => codes.has(district.countyCode));
  if (districts.length > 0) await manager.upsert(District, districts, ['code']);
  return areas.length;
}
