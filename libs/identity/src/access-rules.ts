import { RegionCode } from '@laa/domain';
import { forbidden } from '@laa/errors';
import { Caller, REGION_ADVISER_ROLES, REGION_ROLES, Role, RoleGrant } from './roles';
import {
  requireDataSteward,
  requireRegionReader,
  requireRegionStaff,
  requireRoundLead,
  requireSignedIn,
} from './access';

/** Where an operation runs: the region whose subgraph answers it. */
export interface AccessScope {
  region: RegionCode;
}

/**
 * Who may call an operation at all, judged from the caller's grants and the region alone (never from data): declared on
 * the operation with type-graphql's `@Authorized(Access.x)`. A check that needs the data (an agreement's area, the
 * person's area) stays in the service, after this one.
 */
export interface AccessRule {
  /** Who the rule lets in, in words (the access documentation and tests name rules by it). */
  readonly who: string;
  /** Throws UNAUTHENTICATED for the public and FORBIDDEN for a signed-in caller the rule does not let in. */
  enforce(caller: Caller, scope: AccessScope): void;
}

/** A rule of the caller's grants and the region: the vocabulary below, or a subgraph's own (e.g. cross-GO moderators). */
export const accessRule = (who: string, enforce: AccessRule['enforce']): AccessRule => ({ who, enforce });
const rule = accessRule;

/** A rule by role names that can say, in the domain's words, why it refuses. */
export interface RolesRule extends AccessRule {
  because(refusal: (scope: AccessScope) => string): AccessRule;
}

/**
 * A grant of one of the roles that holds here: one for this region (a region role, or an area role naming its region;
 * the service checks which area), or one naming no region that is not a region role (national roles, area roles from
 * a provider that names only the area).
 */
function holdsHere(grant: RoleGrant, roles: ReadonlySet<Role>, scope: AccessScope): boolean {
  if (!roles.has(grant.role)) return false;
  if (grant.region) return grant.region === scope.region;
  return !REGION_ROLES.has(grant.role) && !REGION_ADVISER_ROLES.has(grant.role);
}

/**
 * Callers holding one of the roles here (see holdsHere). The refusal names the roles as the API spells them, unless
 * `.because(...)` words it.
 */
function roles(...held: Role[]): RolesRule {
  const set: ReadonlySet<Role> = new Set(held);
  const named = held.join(', ');
  const refusing = (refusal: (scope: AccessScope) => string): AccessRule =>
    rule(`holds one of ${named} here`, (caller, scope) => {
      const signedIn = requireSignedIn(caller);
      if (!signedIn.grants.some((g) => holdsHere(g, set, scope))) throw forbidden(refusal(scope));
    });
  const plain = refusing(({ region }) => `Your roles do not allow this in region ${region}: it needs one of ${named}`);
  return { ...plain, because: refusing };
}

/** The vocabulary of declared access: each rule reuses the identity checks, so codes and messages stay one. */
export const Access = {
  /** Anyone with a valid token. */
  signedIn: rule('signed-in callers', (caller) => void requireSignedIn(caller)),
  /** Government Office negotiators of the region (not its analyst). */
  regionStaff: rule('GO staff of the region', (caller, { region }) => void requireRegionStaff(caller, region)),
  /** The region's relationship managers, Deputy and Regional Directors. */
  roundLead: rule('round leads of the region', (caller, { region }) => void requireRoundLead(caller, region)),
  /** The region's GO staff (its analyst too) and central readers. */
  regionReader: rule(
    'GO staff of the region and central readers',
    (caller, { region }) => void requireRegionReader(caller, region),
  ),
  /** CLG's national data steward. */
  dataSteward: rule('the national data steward', (caller) => void requireDataSteward(caller)),
  /**
   * Callers holding one of the roles here: `Access.roles(Role.MINISTER, Role.REGIONAL_DIRECTOR)`, worded with
   * `.because(({ region }) => ...)`.
   */
  roles,
} as const;

/**
 * Lets the caller in if any rule does (type-graphql's `@Authorized(a, b)` reads "a or b"); else throws the first rule's
 * refusal, so a caller refused by one rule hears that rule's reason. No rule means signed-in callers.
 */
export function enforceAccess(rules: readonly AccessRule[], caller: Caller, scope: AccessScope): void {
  const [first, ...others] = rules.length > 0 ? rules : [Access.signedIn];
  try {
    first.enforce(caller, scope);
  } catch (refusal) {
    if (!others.some((other) => lets(other, caller, scope))) throw refusal;
  }
}

function lets(rule: AccessRule, caller: Caller, scope: AccessScope): boolean {
  try {
    rule.enforce(caller, scope);
    return true;
  } catch {
    return false;
  }
}
