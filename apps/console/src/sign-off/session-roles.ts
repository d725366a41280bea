import { currentSession } from '../session';

/** A role the signed-in person holds, as their token's grants claim says (the gateways check it again). */
export interface SessionGrant {
  role: string;
  region?: string;
  area?: string;
  department?: string;
}

/** The signed-in person's grants, read from the token's payload (display only: every subgraph enforces access itself). */
export function sessionGrants(): SessionGrant[] {
  const token = currentSession()?.token;
  const payload = token?.split('.')[1];
  if (!payload) return [];
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const grants = (JSON.parse(json) as { grants?: unknown }).grants;
    return Array.isArray(grants) ? (grants as SessionGrant[]) : [];
  } catch {
    return [];
  }
}

/** Whether the person holds the role for this place: area roles for the area, GO roles for the region, central roles anywhere. */
export function holds(role: string, place: { region: string; area?: string }, grants = sessionGrants()): boolean {
  return grants.some((g) => g.role === role && (g.area ? g.area === place.area : g.region ? g.region === place.region : true));
}

/** Cross-GO moderators hold an RD or DRD role in any region (or are a CLG analyst). */
export const isModerator = (grants = sessionGrants()) =>
  grants.some((g) => g.role === 'REGIONAL_DIRECTOR' || g.role === 'DEPUTY_REGIONAL_DIRECTOR' || (g.role === 'DEPARTMENT_ANALYST' && g.department === 'CLG'));
