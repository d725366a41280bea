import { Department, RegionCode, Theme } from '@laa/domain';
import { CouncillorOffice, Role, RoleGrant } from './roles';

export interface DevelopmentUser {
  id: string;
  name: string;
  grants: RoleGrant[];
}

/** Demo people for the quick start and the tests (synthetic names, no real person). */
export function developmentUsers(region: RegionCode, area: string): DevelopmentUser[] {
  return [
    { id: `rm-${region}`, name: 'Demo Relationship Manager', grants: [{ role: Role.RELATIONSHIP_MANAGER, region }] },
    // The demo theme lead leads all four themes, so one demo person can sign off every target.
    {
      id: `tl-${region}`,
      name: 'Demo Theme Lead',
      grants: [{ role: Role.THEME_LEAD, region, themes: Object.values(Theme) }],
    },
    { id: `rd-${region}`, name: 'Demo Regional Director', grants: [{ role: Role.REGIONAL_DIRECTOR, region }] },
    { id: `po-${area}`, name: 'Demo Partnership Officer', grants: [{ role: Role.PARTNERSHIP_OFFICER, region, area }] },
    {
      id: 'analyst-dcsf',
      name: 'Demo DCSF Analyst',
      grants: [{ role: Role.DEPARTMENT_ANALYST, department: Department.DCSF }],
    },
    { id: 'minister-clg', name: 'Demo CLG Minister', grants: [{ role: Role.MINISTER, department: Department.CLG }] },
    {
      id: `drd-${region}`,
      name: 'Demo Deputy Regional Director',
      grants: [{ role: Role.DEPUTY_REGIONAL_DIRECTOR, region }],
    },
    {
      id: `cllr-${area}`,
      name: 'Demo Councillor (cabinet member)',
      grants: [{ role: Role.COUNCILLOR, region, area, office: CouncillorOffice.CABINET_MEMBER }],
    },
    {
      id: `partner-${area}`,
      name: 'Demo Partner Organisation (PCT)',
      grants: [{ role: Role.PARTNER_ORGANISATION, region, area }],
    },
    { id: `goanalyst-${region}`, name: 'Demo GO Analyst', grants: [{ role: Role.GO_ANALYST, region }] },
    {
      id: `ns-${region}`,
      name: 'Demo National Strategies Adviser',
      grants: [{ role: Role.NATIONAL_STRATEGIES_ADVISER, region }],
    },
    {
      id: 'steward-clg',
      name: 'Demo CLG Data Steward',
      grants: [{ role: Role.DATA_STEWARD, department: Department.CLG }],
    },
  ];
}

/** A demo user by the start of its id: rm, tl, drd, rd, po, cllr, partner, analyst, minister, goanalyst, ns or steward. */
export function developmentUser(key: string, region: RegionCode, area: string): DevelopmentUser | undefined {
  return developmentUsers(region, area).find((u) => u.id.startsWith(`${key}-`));
}
