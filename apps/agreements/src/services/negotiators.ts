import { forbidden } from '@laa/errors';
import { AREA_ROLES, Caller, Place, GO_NEGOTIATOR_ROLES, requireSignedIn, Role, RoleGrant } from '@laa/identity';
import { SignedIn } from './revisions';

/** Area roles that speak for the partnership in a negotiation (a council system only exchanges data). */
const PARTNER_ROLES: ReadonlySet<Role> = new Set([Role.PARTNERSHIP_OFFICER, Role.COUNCILLOR, Role.PARTNER_ORGANISATION]);

/**
 * The grant under which a caller takes part in an agreement's negotiation: a department analyst
 * (departments raise points through the GO, the department is recorded), the region's GO, or the
 * area's partners. Ministers sign; they do not negotiate.
 */
export function negotiatingGrant(caller: Caller, place: Place): RoleGrant | null {
  if (!caller.authenticated) return null;
  return (
    caller.grants.find((g) => g.role === Role.DEPARTMENT_ANALYST) ??
    caller.grants.find((g) => GO_NEGOTIATOR_ROLES.has(g.role) && g.region === place.region) ??
    caller.grants.find((g) => PARTNER_ROLES.has(g.role) && AREA_ROLES.has(g.role) && g.area === place.area) ??
    null
  );
}

export function requireNegotiator(caller: Caller, place: Place): { person: SignedIn; grant: RoleGrant } {
  const person = requireSignedIn(caller);
  const grant = negotiatingGrant(caller, place);
  if (!grant) throw forbidden(`Your roles do not let you take part in the negotiation of area ${place.area}'s agreement`);
  return { person, grant };
}

export function isRegionStaff(caller: Caller, place: Place): boolean {
  return caller.authenticated && caller.grants.some((g) => GO_NEGOTIATOR_ROLES.has(g.role) && g.region === place.region);
}

export function requireGoStaff(caller: Caller, place: Place, what: string): SignedIn {
  const person = requireSignedIn(caller);
  if (!isRegionStaff(caller, place)) throw forbidden(`Only the Government Office of region ${place.region} may ${what}`);
  return person;
}
