import { RegionCode, Theme } from '@laa/domain';
import { Caller, GO_NEGOTIATOR_ROLES, lspGrant, Role } from '@laa/identity';
import { SIGN_OFF_ORDER, SignOffStage } from '../entities/sign-off-stage';

export type Step = Exclude<SignOffStage, SignOffStage.NOT_STARTED>;

/**
 * Who takes each step: the LSP (through its partnership officers, or the councillors who lead it: the Leader and cabinet
 * members), GO theme leads, the RD, then Ministers.
 */
export const STEP_TAKERS: Record<Step, { role: Role; scope: 'area' | 'region' | 'national'; label: string }> = {
  [SignOffStage.LSP_SIGNED_OFF]: {
    role: Role.PARTNERSHIP_OFFICER,
    scope: 'area',
    label: 'a partnership officer of the area, or its Leader or a cabinet member, for the LSP',
  },
  [SignOffStage.PARTNERS_AGREED]: {
    role: Role.PARTNERSHIP_OFFICER,
    scope: 'area',
    label:
      "a partnership officer of the area, or its Leader or a cabinet member, recording the governing bodies' agreement",
  },
  [SignOffStage.TARGETS_SIGNED_OFF]: { role: Role.THEME_LEAD, scope: 'region', label: 'a GO theme lead of the region' },
  [SignOffStage.RD_RECOMMENDED]: {
    role: Role.REGIONAL_DIRECTOR,
    scope: 'region',
    label: 'the Regional Director of the region',
  },
  [SignOffStage.SIGNED]: { role: Role.MINISTER, scope: 'national', label: 'a CLG Minister' },
};

/**
 * The steps that may follow a stage: the next in order; and, once recommended, the RD's recommendation again
 * (refused unless the targets changed since: Ministers must sign what the RD recommended).
 */
export function nextStages(stage: SignOffStage): Step[] {
  const next = SIGN_OFF_ORDER[SIGN_OFF_ORDER.indexOf(stage) + 1] as Step | undefined;
  const again: Step[] = stage === SignOffStage.RD_RECOMMENDED ? [SignOffStage.RD_RECOMMENDED] : [];
  return next ? [next, ...again] : [];
}

/** The grant that entitles the caller to take a step for an agreement of this area and region, if any. */
export function entitlingRole(caller: Caller, step: Step, place: { region: RegionCode; area: string }): Role | null {
  if (!caller.authenticated) return null;
  const taker = STEP_TAKERS[step];
  if (taker.role === Role.PARTNERSHIP_OFFICER) return lspGrant(caller, place)?.role ?? null;
  const grant = caller.grants.find(
    (g) =>
      g.role === taker.role &&
      (taker.scope === 'national' || (taker.scope === 'region' ? g.region === place.region : g.area === place.area)),
  );
  return grant?.role ?? null;
}

type SignedIn = Extract<Caller, { authenticated: true }>;

/** The caller's grant of one of these roles for the region (or nationally for central roles), if any. */
export function grantIn(caller: SignedIn, roles: Role[], region: RegionCode | 'any'): Role | null {
  const grant = caller.grants.find(
    (g) => roles.includes(g.role) && (g.region === undefined || region === 'any' || g.region === region),
  );
  return grant?.role ?? null;
}

/** Who moderates across GOs: the Regional Director or Deputy of every region, or a CLG analyst. */
export function moderatorRole(caller: SignedIn): Role | null {
  const go = grantIn(caller, [Role.REGIONAL_DIRECTOR, Role.DEPUTY_REGIONAL_DIRECTOR], 'any');
  if (go) return go;
  return caller.grants.find((g) => g.role === Role.DEPARTMENT_ANALYST && g.department === 'CLG')?.role ?? null;
}

/** The grant that lets the caller change the area's agreement (a partnership officer of the area, or a GO negotiator of the region), if any. */
export function editorRole(caller: SignedIn, place: { region: RegionCode; area: string }): Role | null {
  const grant = caller.grants.find(
    (g) =>
      (GO_NEGOTIATOR_ROLES.has(g.role) && g.region === place.region) ||
      (g.role === Role.PARTNERSHIP_OFFICER && g.area === place.area),
  );
  return grant?.role ?? null;
}

/** A person as the history records them: name and id. */
export const personLabel = (caller: SignedIn) => `${caller.name} (${caller.id})`;

/**
 * The caller's theme lead grant for the region that leads this theme: a theme lead signs off only targets in the themes
 * they lead (RoleGrant.themes); a grant naming no theme leads none.
 */
export function themeLeadFor(caller: SignedIn, region: RegionCode, theme: Theme): Role | null {
  const grant = caller.grants.find(
    (g) => g.role === Role.THEME_LEAD && g.region === region && (g.themes ?? []).includes(theme),
  );
  return grant?.role ?? null;
}
