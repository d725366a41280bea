import { readAreas } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { RegisteredArea } from '../entities/registered-area';

/** Every area of England, from the reference data (idempotent): evidence checks rows and benchmarks against it. */
export async function importReferenceAreas(manager: EntityManager): Promise<number> {
  const areas = readAreas().map((a) => ({ code: a.code, name: a.name, region: a.regionCode, type: a.type }));
  await manager.getRepository(RegisteredArea).upsert(areas, ['code']);
  return areas.length;
}
