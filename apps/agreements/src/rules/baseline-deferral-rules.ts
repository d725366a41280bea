import { ruleViolation } from '@laa/errors';
import { Caller, GO_NEGOTIATOR_ROLES, Role, RoleGrant } from '@laa/identity';
import { DeferralStatus } from '../entities/baseline-deferral';

/** The GO roles that approve a deferral: the area's relationship manager, the Deputy or the Regional Director. */
const APPROVERS: readonly Role[] = [Role.RELATIONSHIP_MANAGER, Role.DEPUTY_REGIONAL_DIRECTOR, Role.REGIONAL_DIRECTOR];

/** A target's baseline as the rule reads it: reliable once set and not provisional. */
export interface BaselineFact {
  indicatorCode: string;
  kind: string;
  baselineValue: number | null;
  baselineProvisional: boolean;
}

export const hasReliableBaseline = (target: BaselineFact): boolean =>
  target.baselineValue !== null && !target.baselineProvisional;

/**
 * A deferral is asked for a designated or statutory target (those Ministers sign) without a reliable baseline, and
 * only once at a time: a refused one may be asked again, an open or approved one stands.
 */
export function checkDeferrable(target: BaselineFact, current: { status: DeferralStatus } | null): void {
  if (target.kind === 'LOCAL') {
    throw ruleViolation(
      'DEFERRAL_NOT_NEEDED',
      `${target.indicatorCode} is a local target: the partnership's own, signed without a GO-approved baseline`,
    );
  }
  if (hasReliableBaseline(target)) {
    throw ruleViolation(
      'DEFERRAL_NOT_NEEDED',
      `${target.indicatorCode} has a reliable baseline: there is nothing to defer`,
    );
  }
  if (current && current.status !== DeferralStatus.REFUSED) {
    throw ruleViolation(
      'DEFERRAL_EXISTS',
      `${target.indicatorCode}'s baseline deferral is already ${current.status.toLowerCase()}`,
    );
  }
}

/** Only a deferral still asked for is decided: the GO's decision is final (a refused one is asked again). */
export function checkUndecided(deferral: { status: DeferralStatus }, label: string): void {
  if (deferral.status !== DeferralStatus.REQUESTED) {
    throw ruleViolation(
      'DEFERRAL_DECIDED',
      `The baseline deferral of ${label} is already ${deferral.status.toLowerCase()}`,
    );
  }
}

/** The grant under which the caller decides for the GO of the region, or null. */
export function deferralApproverGrant(caller: Caller, region: string): RoleGrant | null {
  if (!caller.authenticated) return null;
  return caller.grants.find((g) => APPROVERS.includes(g.role) && g.region === region) ?? null;
}

/** The grant under which an editor of the agreement asks: the area's partnership officer, or a GO negotiator of the region. */
export function requesterGrant(caller: Caller, place: { region: string; area: string }): RoleGrant | null {
  if (!caller.authenticated) return null;
  return (
    caller.grants.find((g) => g.role === Role.PARTNERSHIP_OFFICER && g.area === place.area) ??
    caller.grants.find((g) => GO_NEGOTIATOR_ROLES.has(g.role) && g.region === place.region) ??
    null
  );
}
