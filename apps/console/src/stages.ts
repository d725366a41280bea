/** What the national view reads for one area. */
export interface AreaStage {
  code: string;
  gssCode: string | null;
  name: string;
  type: string;
  agreement: { id: string; stage: string; synthetic: boolean; signOff: { stage: string } } | null;
}

const NEGOTIATION: Record<string, string> = {
  PROCESS_MAP: 'Agreeing process map',
  PRIORITIES: 'Negotiating priorities',
  INDICATORS: 'Agreeing indicators',
  TARGETS: 'Negotiating targets',
  SUBMITTED: 'Submitted for sign-off',
};

const SIGN_OFF: Record<string, string> = {
  LSP_SIGNED_OFF: 'Sign-off: LSP signed off',
  PARTNERS_AGREED: 'Sign-off: partners agreed',
  TARGETS_SIGNED_OFF: 'Sign-off: targets signed off',
  RD_RECOMMENDED: 'Sign-off: recommended by the RD',
  SIGNED: 'Signed by Ministers',
};

const AREA_TYPES: Record<string, string> = {
  SHIRE_COUNTY: 'County (two-tier)',
  UNITARY_AUTHORITY: 'Unitary',
  METROPOLITAN_DISTRICT: 'Metropolitan district',
  LONDON_BOROUGH: 'London borough',
  CITY_OF_LONDON: 'City of London',
  ISLES_OF_SCILLY: 'Isles of Scilly',
};

/** One stage per area: once sign-off has started it says more than the negotiation stage. */
export function stageLabel(area: AreaStage): string {
  if (!area.agreement) return 'No agreement yet';
  const signOff = area.agreement.signOff.stage;
  if (signOff !== 'NOT_STARTED') return SIGN_OFF[signOff] ?? signOff;
  return NEGOTIATION[area.agreement.stage] ?? area.agreement.stage;
}

export const areaTypeLabel = (type: string) => AREA_TYPES[type] ?? type;

/** How many areas stand at each stage, in the order the stages come. */
export function countByStage(areas: AreaStage[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const area of areas) counts.set(stageLabel(area), (counts.get(stageLabel(area)) ?? 0) + 1);
  const order = ['No agreement yet', ...Object.values(NEGOTIATION), ...Object.values(SIGN_OFF)];
  return [...counts.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}
