import { RegionCode } from '@laa/domain';
import { forbidden } from '@laa/errors';
import { Caller, NATIONAL_ROLES, REGION_ROLES, requireSignedIn, Role } from '@laa/identity';

const AREA_LOADERS: ReadonlySet<Role> = new Set([Role.PARTNERSHIP_OFFICER, Role.COUNCIL_SYSTEM]);

/**
 * Who may load observations, and for which areas: the region's GO staff and central analysts load
 * published data for any area (it is replicated into every region for benchmarks); a partnership's
 * officers and council systems load their own area's figures only.
 */
export function importableAreas(
  caller: Caller,
  region: RegionCode,
): { loadedBy: string; areas: ReadonlySet<string> | null } {
  const signedIn = requireSignedIn(caller);
  const loadedBy = `${signedIn.name} (${signedIn.id})`;
  const anyArea = signedIn.grants.some(
    (g) =>
      (REGION_ROLES.has(g.role) && g.region === region) || (NATIONAL_ROLES.has(g.role) && g.role !== Role.MINISTER),
  );
  if (anyArea) return { loadedBy, areas: null };
  const areas = signedIn.grants.filter((g) => AREA_LOADERS.has(g.role) && g.area).map((g) => g.area as string);
  if (areas.length === 0)
    throw forbidden('Loading evidence needs a Government Office, analyst, partnership officer or council system role');
  return { loadedBy, areas: new Set(areas) };
}
