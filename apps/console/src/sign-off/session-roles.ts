import { Grant, sessionGrants } from '../session';

/** Whether the person holds the role for this place: area roles for the area, GO roles for the region, central roles anywhere. */
export function holds(
  role: string,
  place: { region: string; area?: string },
  grants: Grant[] = sessionGrants(),
): boolean {
  return grants.some(
    (g) => g.role === role && (g.area ? g.area === place.area : g.region ? g.region === place.region : true),
  );
}

/** Cross-GO moderators hold an RD or DRD role in any region (or are a CLG analyst). */
export const isModerator = (grants = sessionGrants()) =>
  grants.some(
    (g) =>
      g.role === 'REGIONAL_DIRECTOR' ||
      g.role === 'DEPUTY_REGIONAL_DIRECTOR' ||
      (g.role === 'DEPARTMENT_ANALYST' && g.department === 'CLG'),
  );
