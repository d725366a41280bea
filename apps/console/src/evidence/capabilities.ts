import { Grant } from '../session';

/** What the evidence pages offer a caller; the API checks every action again and its refusal is shown. */
export interface EvidenceCapabilities {
  /** Soft intelligence and the story: the area's partnership, its GO and central readers. */
  readDrafts: boolean;
  /** Record soft intelligence: the region's GO (analysts too), the area's partners, departments. */
  contribute: boolean;
  /** Choose the figure of record: the region's GO (analysts too) and the area's partnership officers. */
  chooseFigures: boolean;
  /** Write the next version of the story of place: the region's GO negotiators and the area's partnership officers. */
  writeStory: boolean;
  /** Define the area's local indicators: the same people as write the story (the agreement's editors). */
  defineLocalIndicators: boolean;
  /** Sign off the story of place for the LSP: a partnership officer of the area. */
  signOffStory: boolean;
  /** Load observations: the region's GO, analysts (not Ministers), partnership officers and council systems. */
  importEvidence: boolean;
  /** Read the region's import history: its GO staff and central analysts. */
  importHistory: boolean;
}

const GO_NEGOTIATORS = new Set(['RELATIONSHIP_MANAGER', 'THEME_LEAD', 'DEPUTY_REGIONAL_DIRECTOR', 'REGIONAL_DIRECTOR']);
const GO_ROLES = new Set([...GO_NEGOTIATORS, 'GO_ANALYST']);
const AREA_ROLES = new Set(['PARTNERSHIP_OFFICER', 'COUNCILLOR', 'PARTNER_ORGANISATION', 'COUNCIL_SYSTEM']);
const NATIONAL_ROLES = new Set(['DEPARTMENT_ANALYST', 'MINISTER']);

/** The same rules as the evidence subgraph's access checks, for one area (or only its region: area ''). */
export function evidenceCapabilitiesOf(grants: Grant[], place: { region: string; area: string }): EvidenceCapabilities {
  const go = grants.some((g) => GO_ROLES.has(g.role) && g.region === place.region);
  const negotiator = grants.some((g) => GO_NEGOTIATORS.has(g.role) && g.region === place.region);
  const inArea = (roles: Set<string>) =>
    grants.some((g) => roles.has(g.role) && g.area !== undefined && (place.area === '' || g.area === place.area));
  const officer = inArea(new Set(['PARTNERSHIP_OFFICER']));
  const analyst = grants.some((g) => g.role === 'DEPARTMENT_ANALYST');
  return {
    readDrafts: go || inArea(AREA_ROLES) || grants.some((g) => NATIONAL_ROLES.has(g.role)),
    contribute: go || inArea(AREA_ROLES) || analyst,
    chooseFigures: go || officer,
    writeStory: negotiator || officer,
    defineLocalIndicators: place.area !== '' && (negotiator || officer),
    signOffStory: place.area !== '' && officer,
    importEvidence: go || analyst || inArea(new Set(['PARTNERSHIP_OFFICER', 'COUNCIL_SYSTEM'])),
    importHistory: go || grants.some((g) => NATIONAL_ROLES.has(g.role)),
  };
}
