import { negotiationStages, signOffStages } from './labels';

/** What the national view reads for one area. */
export interface AreaStage {
  code: string;
  gssCode: string | null;
  name: string;
  type: string;
  agreement: { id: string; stage: string; synthetic: boolean; signOff: { stage: string } } | null;
}

const NO_AGREEMENT = 'No agreement yet';

/** One stage per area: once sign-off has started it says more than the negotiation stage. */
export function stageLabel(area: AreaStage): string {
  if (!area.agreement) return NO_AGREEMENT;
  const signOff = area.agreement.signOff.stage;
  return signOff !== 'NOT_STARTED' ? signOffStages.label(signOff) : negotiationStages.label(area.agreement.stage);
}

/** How many areas stand at each stage, in the order the stages come. */
export function countByStage(areas: AreaStage[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const area of areas) counts.set(stageLabel(area), (counts.get(stageLabel(area)) ?? 0) + 1);
  const order = [
    NO_AGREEMENT,
    ...negotiationStages.codes.map(negotiationStages.label),
    ...signOffStages.codes.map(signOffStages.label),
  ];
  return [...counts.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}
