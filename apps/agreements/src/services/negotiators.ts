import { forbidden } from '@laa/errors';
import { RegionCode } from '@laa/domain';
import {
  AREA_ROLES,
  Caller,
  Place,
  GO_NEGOTIATOR_ROLES,
  NATIONAL_ROLES,
  REGION_ROLES,
  requireSignedIn,
  Role,
  RoleGrant,
} from '@laa/identity';
import { SignedIn } from './revisions';

/** Area roles that speak for the partnership in a negotiation (a council system only exchanges data). */
const PARTNER_ROLES: ReadonlySet<Role> = new Set([
  Role.PARTNERSHIP_OFFICER,
  Role.COUNCILLOR,
  Role.PARTNER_ORGANISATION,
]);

/**
 * The grant under which a caller takes part in an agreement's negotiation: a department analyst
 * (departments raise points through the GO, the department is recorded), the region's GO, the region's
 * National Strategies adviser (the statutory targets only), or the area's partners. Ministers sign; they do not negotiate.
 */
export function negotiatingGrant(caller: Caller, place: Place): RoleGrant | null {
  if (!caller.authenticated) return null;
  return (
    caller.grants.find((g) => g.role === Role.DEPARTMENT_ANALYST) ??
    caller.grants.find((g) => GO_NEGOTIATOR_ROLES.has(g.role) && g.region === place.region) ??
    caller.grants.find((g) => g.role === Role.NATIONAL_STRATEGIES_ADVISER && g.region === place.region) ??
    caller.grants.find((g) => PARTNER_ROLES.has(g.role) && AREA_ROLES.has(g.role) && g.area === place.area) ??
    null
  );
}

export function requireNegotiator(caller: Caller, place: Place): { person: SignedIn; grant: RoleGrant } {
  const person = requireSignedIn(caller);
  const grant = negotiatingGrant(caller, place);
  if (!grant)
    throw forbidden(`Your roles do not let you take part in the negotiation of area ${place.area}'s agreement`);
  return { person, grant };
}

export function isRegionStaff(caller: Caller, place: Place): boolean {
  return (
    caller.authenticated && caller.grants.some((g) => GO_NEGOTIATOR_ROLES.has(g.role) && g.region === place.region)
  );
}

export function requireGoStaff(caller: Caller, place: Place, what: string): SignedIn {
  const person = requireSignedIn(caller);
  if (!isRegionStaff(caller, place))
    throw forbidden(`Only the Government Office of region ${place.region} may ${what}`);
  return person;
}

/**
 * The government's side of the region's negotiations: its GO (analysts too), the departments it speaks for, Ministers and
 * the National Strategies. They see a department's point while it is with the GO; the area sees it once relayed.
 */
export function onGovernmentSide(caller: Caller, region: RegionCode): boolean {
  return (
    caller.authenticated &&
    caller.grants.some(
      (g) =>
        NATIONAL_ROLES.has(g.role) ||
        ((REGION_ROLES.has(g.role) || g.role === Role.NATIONAL_STRATEGIES_ADVISER) && g.region === region),
    )
  );
}

/** The Deputy Regional Director of the region: the final arbiter of GO disputes. */
export function requireDeputyDirector(caller: Caller, place: Place): SignedIn {
  const person = requireSignedIn(caller);
  if (!person.grants.some((g) => g.role === Role.DEPUTY_REGIONAL_DIRECTOR && g.region === place.region)) {
    throw forbidden(
      `Only a Deputy Regional Director of region ${place.region} decides escalated points: the final arbiter of GO disputes`,
    );
  }
  return person;
}

/** The grant of the area's partnership (officers, councillors, partners) that may ask for a case conference. */
export function partnershipGrant(caller: Caller, place: Place): RoleGrant | null {
  if (!caller.authenticated) return null;
  return caller.grants.find((g) => PARTNER_ROLES.has(g.role) && g.area === place.area) ?? null;
}
