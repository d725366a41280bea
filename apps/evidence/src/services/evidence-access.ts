import { forbidden } from '@laa/errors';
import {
  AREA_ROLES,
  Caller,
  lspGrant,
  Place,
  REGION_ROLES,
  requireAgreementEditor,
  requireDraftReader,
  requireSignedIn,
  Role,
} from '@laa/identity';

/** How a person is named on what they record: their name and id, as signed in. */
export const recorder = (caller: Caller): string => {
  const signedIn = requireSignedIn(caller);
  return `${signedIn.name} (${signedIn.id})`;
};

/**
 * Who adds to an area's shared evidence: its GO (analysts included), its partnership, partners and
 * council systems, and central departments. COUNT: whoever holds the evidence puts it in once.
 */
export function requireEvidenceContributor(caller: Caller, place: Place): string {
  const signedIn = requireSignedIn(caller);
  const may = signedIn.grants.some(
    (g) =>
      (REGION_ROLES.has(g.role) && g.region === place.region) ||
      (AREA_ROLES.has(g.role) && g.area === place.area) ||
      g.role === Role.DEPARTMENT_ANALYST,
  );
  if (!may) throw forbidden(`Your roles do not let you add evidence for area ${place.area}`);
  return recorder(caller);
}

/** Import history: the region's GO and departments' analysts see every run; whoever else may load sees their own runs. */
export function importHistoryScope(caller: Caller, region: string): { loadedBy: string | null } {
  const signedIn = requireSignedIn(caller);
  if (
    signedIn.grants.some((g) => (REGION_ROLES.has(g.role) && g.region === region) || g.role === Role.DEPARTMENT_ANALYST)
  )
    return { loadedBy: null };
  if (signedIn.grants.some((g) => g.role === Role.PARTNERSHIP_OFFICER || g.role === Role.COUNCIL_SYSTEM))
    return { loadedBy: recorder(caller) };
  throw forbidden(
    "Import history is for those who load evidence: Government Office staff, departments' analysts, partnership officers and council systems",
  );
}

/** The figure of record is agreed between the area's partnership and its GO (its analysts included). */
export function requireFigureChooser(caller: Caller, place: Place): string {
  const signedIn = requireSignedIn(caller);
  const may = signedIn.grants.some(
    (g) =>
      (REGION_ROLES.has(g.role) && g.region === place.region) ||
      (g.role === Role.PARTNERSHIP_OFFICER && g.area === place.area),
  );
  if (!may)
    throw forbidden(
      `Only the partnership of area ${place.area} and its Government Office choose its figures of record`,
    );
  return recorder(caller);
}

/** The story is the partnership's own: its officers and the region's GO negotiators write it. */
export function requireStoryWriter(caller: Caller, place: Place): string {
  requireAgreementEditor(caller, place);
  return recorder(caller);
}

/** Only the LSP signs off its story of place: a partnership officer of the area, or a councillor who leads (Leader, cabinet member). */
export function requireLspOfficer(caller: Caller, place: Place): string {
  requireSignedIn(caller);
  if (!lspGrant(caller, place)) {
    throw forbidden(
      `Only the Local Strategic Partnership of area ${place.area} (a partnership officer, or its Leader or a cabinet member) signs off its story of place`,
    );
  }
  return recorder(caller);
}

export const requireEvidenceReader = (caller: Caller, place: Place): void => requireDraftReader(caller, place);
