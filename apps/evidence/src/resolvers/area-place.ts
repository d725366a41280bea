import { RegionCode } from '@laa/domain';
import { notFound } from '@laa/errors';
import { Place } from '@laa/identity';
import { EvidenceContext } from './context';
import { evidenceLoaders } from './loaders';

/** An area of England (any region: national data is replicated everywhere) with its region, for access checks. */
export async function areaPlace(context: EvidenceContext, code: string): Promise<Place> {
  const areaCode = code.trim().toUpperCase();
  const area = (await evidenceLoaders(context).registeredAreas.load('all')).find((a) => a.code === areaCode);
  if (!area) throw notFound('Area', code);
  return { region: area.region as RegionCode, area: area.code };
}
