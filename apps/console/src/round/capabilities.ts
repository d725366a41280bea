import { Grant } from '../session';

/** The GO staff who open the region's agreements (the API checks again): relationship managers, Deputy and Regional Directors. */
const ROUND_LEADS = new Set(['RELATIONSHIP_MANAGER', 'DEPUTY_REGIONAL_DIRECTOR', 'REGIONAL_DIRECTOR']);

export function canOpenRound(grants: Grant[], region: string): boolean {
  return grants.some((g) => ROUND_LEADS.has(g.role) && g.region === region);
}

/** Slippage in words: on time, or how late in days (weeks past a fortnight). */
export function slippageText(days: number): string {
  if (days === 0) return 'on time';
  if (days < 15) return `${days} day${days === 1 ? '' : 's'} late`;
  return `${Math.floor(days / 7)} weeks late`;
}
