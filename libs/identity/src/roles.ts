import { Department, RegionCode, Theme } from '@laa/domain';

/** Who a caller is in the LAA process; each grant is scoped to a place (area or region) where it applies. */
export enum Role {
  PARTNERSHIP_OFFICER = 'PARTNERSHIP_OFFICER',
  COUNCILLOR = 'COUNCILLOR',
  PARTNER_ORGANISATION = 'PARTNER_ORGANISATION',
  COUNCIL_SYSTEM = 'COUNCIL_SYSTEM',
  RELATIONSHIP_MANAGER = 'RELATIONSHIP_MANAGER',
  THEME_LEAD = 'THEME_LEAD',
  DEPUTY_REGIONAL_DIRECTOR = 'DEPUTY_REGIONAL_DIRECTOR',
  REGIONAL_DIRECTOR = 'REGIONAL_DIRECTOR',
  DEPARTMENT_ANALYST = 'DEPARTMENT_ANALYST',
  MINISTER = 'MINISTER',
  /** The Government Office's evidence and intelligence analyst for the region. */
  GO_ANALYST = 'GO_ANALYST',
  /**
   * The National Strategies' adviser for a region: negotiates the statutory education and early years targets on
   * DCSF's behalf ("via the National Strategies"), and nothing else of an agreement.
   */
  NATIONAL_STRATEGIES_ADVISER = 'NATIONAL_STRATEGIES_ADVISER',
  /** CLG's national data steward: corrects the national indicator set's reference values, with a source; reads no drafts. */
  DATA_STEWARD = 'DATA_STEWARD',
}

/** Roles held in one area by its partnership. */
export const AREA_ROLES: ReadonlySet<Role> = new Set([
  Role.PARTNERSHIP_OFFICER,
  Role.COUNCILLOR,
  Role.PARTNER_ORGANISATION,
  Role.COUNCIL_SYSTEM,
]);

/** Government Office roles, held for a whole region. */
export const REGION_ROLES: ReadonlySet<Role> = new Set([
  Role.RELATIONSHIP_MANAGER,
  Role.THEME_LEAD,
  Role.DEPUTY_REGIONAL_DIRECTOR,
  Role.REGIONAL_DIRECTOR,
  Role.GO_ANALYST,
]);

/** GO roles that negotiate and decide for the region; the GO analyst reads drafts and keeps the evidence, nothing more. */
export const GO_NEGOTIATOR_ROLES: ReadonlySet<Role> = new Set(
  [...REGION_ROLES].filter((role) => role !== Role.GO_ANALYST),
);

/**
 * GO roles that lead the round for the region: open its agreements (the relationship manager who
 * will negotiate, the Deputy and Regional Directors); theme leads negotiate a theme within them.
 */
export const ROUND_LEAD_ROLES: ReadonlySet<Role> = new Set([
  Role.RELATIONSHIP_MANAGER,
  Role.DEPUTY_REGIONAL_DIRECTOR,
  Role.REGIONAL_DIRECTOR,
]);

/**
 * Roles held for a region that are not the Government Office's: they read the region's drafts (to negotiate their own
 * part) but neither edit agreements nor see the region's evidence as GO staff do.
 */
export const REGION_ADVISER_ROLES: ReadonlySet<Role> = new Set([Role.NATIONAL_STRATEGIES_ADVISER]);

/** Central roles, held nationally. */
export const NATIONAL_ROLES: ReadonlySet<Role> = new Set([Role.DEPARTMENT_ANALYST, Role.MINISTER]);

/** Held nationally too, but kept out of NATIONAL_ROLES: keeping the reference data is no reason to read drafts. */
export const STEWARD_ROLES: ReadonlySet<Role> = new Set([Role.DATA_STEWARD]);

export interface RoleGrant {
  role: Role;
  region?: RegionCode;
  /** 2008 ONS (SNAC) area code, for area roles. */
  area?: string;
  department?: Department;
  /** For a theme lead: the themes they lead (they sign off only targets in these). */
  themes?: Theme[];
  /** For a councillor: the office they hold (the Leader and cabinet members lead; see LEADING_OFFICES). */
  office?: CouncillorOffice;
}

/** A councillor's office on the council. */
export enum CouncillorOffice {
  LEADER = 'LEADER',
  CABINET_MEMBER = 'CABINET_MEMBER',
  SCRUTINY = 'SCRUTINY',
  MEMBER = 'MEMBER',
}

/** Councillors who lead ("Leader/cabinet members chair boards"): they may act for the LSP; scrutiny challenges it. */
export const LEADING_OFFICES: ReadonlySet<CouncillorOffice> = new Set([
  CouncillorOffice.LEADER,
  CouncillorOffice.CABINET_MEMBER,
]);

/** True for a councillor's grant in an office that leads (Leader, cabinet member). */
export const isLeadingCouncillor = (grant: RoleGrant): boolean =>
  grant.role === Role.COUNCILLOR && !!grant.office && LEADING_OFFICES.has(grant.office);

export type Caller =
  | { authenticated: false }
  | {
      authenticated: true;
      id: string;
      name: string;
      grants: RoleGrant[];
      /** Told of every draft this caller is allowed to read (the access log of sensitive drafts). */
      onDraftRead?: (place: { region: RegionCode; area: string }) => void;
    };

export const ANONYMOUS: Caller = { authenticated: false };
