import { Department, RegionCode, Theme } from '@laa/domain';
import { CouncillorOffice, Role, RoleGrant } from '@laa/identity';

/** Everyone the access matrix tries each operation as: each role, in its own place and in another (the councillor is a cabinet member; scrutiny apart). */
export const MATRIX_CALLERS = [
  'public',
  'partnership officer',
  'partnership officer, other area',
  'councillor',
  'councillor, scrutiny',
  'partner organisation',
  'council system',
  'council system, other area',
  'relationship manager',
  'theme lead',
  'deputy regional director',
  'regional director',
  'regional director, other region',
  'GO analyst',
  'national strategies adviser',
  'department analyst',
  'minister',
  'data steward',
] as const;
export type MatrixCaller = (typeof MATRIX_CALLERS)[number];

export interface MatrixPlace {
  region: RegionCode;
  area: string;
  otherArea: string;
  otherRegion: RegionCode;
}

/** The grants of each matrix caller (none for the public). */
export function grantsOf(caller: MatrixCaller, place: MatrixPlace): RoleGrant[] | null {
  const { region, area, otherArea, otherRegion } = place;
  const grants: Record<MatrixCaller, RoleGrant[] | null> = {
    public: null,
    'partnership officer': [{ role: Role.PARTNERSHIP_OFFICER, region, area }],
    'partnership officer, other area': [{ role: Role.PARTNERSHIP_OFFICER, region, area: otherArea }],
    councillor: [{ role: Role.COUNCILLOR, region, area, office: CouncillorOffice.CABINET_MEMBER }],
    'councillor, scrutiny': [{ role: Role.COUNCILLOR, region, area, office: CouncillorOffice.SCRUTINY }],
    'partner organisation': [{ role: Role.PARTNER_ORGANISATION, region, area }],
    'council system': [{ role: Role.COUNCIL_SYSTEM, region, area }],
    'council system, other area': [{ role: Role.COUNCIL_SYSTEM, region, area: otherArea }],
    'relationship manager': [{ role: Role.RELATIONSHIP_MANAGER, region }],
    'theme lead': [{ role: Role.THEME_LEAD, region, themes: Object.values(Theme) }],
    'deputy regional director': [{ role: Role.DEPUTY_REGIONAL_DIRECTOR, region }],
    'regional director': [{ role: Role.REGIONAL_DIRECTOR, region }],
    'regional director, other region': [{ role: Role.REGIONAL_DIRECTOR, region: otherRegion }],
    'GO analyst': [{ role: Role.GO_ANALYST, region }],
    'national strategies adviser': [{ role: Role.NATIONAL_STRATEGIES_ADVISER, region }],
    'department analyst': [{ role: Role.DEPARTMENT_ANALYST, department: Department.DCSF }],
    minister: [{ role: Role.MINISTER, department: Department.CLG }],
    'data steward': [{ role: Role.DATA_STEWARD, department: Department.CLG }],
  };
  return grants[caller];
}

const all = new Set<MatrixCaller>(MATRIX_CALLERS);
const except = (...callers: MatrixCaller[]) => new Set(MATRIX_CALLERS.filter((c) => !callers.includes(c)));

/** Anyone, signed in or not: published reference data and signed agreements' progress. */
export const EVERYONE: ReadonlySet<MatrixCaller> = all;
export const SIGNED_IN: ReadonlySet<MatrixCaller> = except('public');
/** Draft negotiating positions: the area's own partnership and systems, its GO, and central readers (not the data steward, who keeps reference data). */
export const DRAFT_READERS: ReadonlySet<MatrixCaller> = except(
  'public',
  'partnership officer, other area',
  'council system, other area',
  'regional director, other region',
  'data steward',
);
/** Who changes an agreement's content: the area's partnership officers and its GO. */
export const AGREEMENT_EDITORS: ReadonlySet<MatrixCaller> = new Set<MatrixCaller>([
  'partnership officer',
  'relationship manager',
  'theme lead',
  'deputy regional director',
  'regional director',
]);
export const REGION_STAFF: ReadonlySet<MatrixCaller> = new Set<MatrixCaller>([
  'relationship manager',
  'theme lead',
  'deputy regional director',
  'regional director',
]);
