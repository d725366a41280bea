import { RegionCode } from '@laa/domain';
import { forbidden, unauthenticated } from '@laa/errors';
import {
  AREA_ROLES,
  Caller,
  GO_NEGOTIATOR_ROLES,
  isLeadingCouncillor,
  NATIONAL_ROLES,
  REGION_ADVISER_ROLES,
  REGION_ROLES,
  Role,
  RoleGrant,
  ROUND_LEAD_ROLES,
  STEWARD_ROLES,
} from './roles';

/** A place a piece of data belongs to: an area within a region. */
export interface Place {
  region: RegionCode;
  area: string;
}

/** A caller who presented a valid token: a person (or a council system) with grants. */
export type SignedIn = Extract<Caller, { authenticated: true }>;

export function requireSignedIn(caller: Caller): SignedIn {
  if (!caller.authenticated) throw unauthenticated();
  return caller;
}

/**
 * Draft negotiating positions: the area's own partnership, its GO (and the region's National Strategies adviser), and
 * central readers.
 * The public sees only what has been signed.
 */
export function canReadDrafts(caller: Caller, place: Place): boolean {
  if (!caller.authenticated) return false;
  return caller.grants.some(
    (g) =>
      NATIONAL_ROLES.has(g.role) ||
      ((REGION_ROLES.has(g.role) || REGION_ADVISER_ROLES.has(g.role)) && g.region === place.region) ||
      (AREA_ROLES.has(g.role) && g.area === place.area),
  );
}

/** Who may change an agreement's content: the area's partnership officers and its GO. */
export function canEditAgreement(caller: Caller, place: Place): boolean {
  if (!caller.authenticated) return false;
  return caller.grants.some(
    (g) =>
      (GO_NEGOTIATOR_ROLES.has(g.role) && g.region === place.region) ||
      (g.role === Role.PARTNERSHIP_OFFICER && g.area === place.area),
  );
}

export function requireDraftReader(caller: Caller, place: Place): void {
  const signedIn = requireSignedIn(caller);
  if (!canReadDrafts(caller, place)) throw forbidden(`Your roles do not cover area ${place.area}`);
  signedIn.onDraftRead?.(place);
}

export function requireAgreementEditor(caller: Caller, place: Place): void {
  requireSignedIn(caller);
  if (!canEditAgreement(caller, place))
    throw forbidden(`Your roles do not allow editing the agreement of area ${place.area}`);
}

/** Government Office staff of the region: they manage its council systems' credentials and its relationships. */
export function requireRegionStaff(caller: Caller, region: RegionCode): SignedIn {
  const signedIn = requireSignedIn(caller);
  if (!signedIn.grants.some((g) => GO_NEGOTIATOR_ROLES.has(g.role) && g.region === region)) {
    throw forbidden(`Only Government Office staff of region ${region} may do this`);
  }
  return signedIn;
}

/** The region's relationship managers and Deputy and Regional Directors: they open the round's agreements. */
export function requireRoundLead(caller: Caller, region: RegionCode): SignedIn {
  const signedIn = requireSignedIn(caller);
  if (!signedIn.grants.some((g) => ROUND_LEAD_ROLES.has(g.role) && g.region === region)) {
    throw forbidden(
      `Only a relationship manager, Deputy or Regional Director of region ${region} opens its agreements`,
    );
  }
  return signedIn;
}

/** The whole region's drafts: its Government Office staff (the GO analyst too) and central readers. */
export function requireRegionReader(caller: Caller, region: RegionCode): SignedIn {
  const signedIn = requireSignedIn(caller);
  if (!signedIn.grants.some((g) => NATIONAL_ROLES.has(g.role) || (REGION_ROLES.has(g.role) && g.region === region))) {
    throw forbidden(`Only Government Office staff of region ${region} and central departments see its whole round`);
  }
  return signedIn;
}

/**
 * The grant under which a caller acts for the area's Local Strategic Partnership (its sign-offs: the story of place, the
 * draft, the partners' agreement): a partnership officer of the area, or a councillor of the area who leads (the Leader
 * or a cabinet member, who chair its boards). Scrutiny challenges the draft; it does not sign it.
 */
export function lspGrant(caller: Caller, place: Place): RoleGrant | null {
  if (!caller.authenticated) return null;
  return (
    caller.grants.find(
      (g) => g.area === place.area && (g.role === Role.PARTNERSHIP_OFFICER || isLeadingCouncillor(g)),
    ) ?? null
  );
}

/** CLG's national data steward: the only caller who corrects the national indicator set's reference values. */
export function requireDataSteward(caller: Caller): SignedIn {
  const signedIn = requireSignedIn(caller);
  if (!signedIn.grants.some((g) => STEWARD_ROLES.has(g.role))) {
    throw forbidden('Only a national data steward (CLG) corrects the national indicator set');
  }
  return signedIn;
}
