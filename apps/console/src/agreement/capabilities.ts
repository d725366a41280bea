import { Grant } from '../session';

/** What the page offers a caller: the API checks every action again and its refusal is shown. */
export interface Capabilities {
  /** Add and assess priorities, add targets, set levels: the area's partnership officers and its GO. */
  edit: boolean;
  /** Raise negotiation points: department analysts, the GO and the area's partners. */
  negotiate: boolean;
  /** Schedule case conferences and record their outcomes, relay departments' points to the area: the region's GO. */
  convene: boolean;
  /** Decide escalated points: the region's Deputy Regional Director, final arbiter of GO disputes. */
  decide: boolean;
  /** Ask the GO for a case conference: the area's partnership. */
  askConference: boolean;
}

const GO_ROLES = new Set(['RELATIONSHIP_MANAGER', 'THEME_LEAD', 'DEPUTY_REGIONAL_DIRECTOR', 'REGIONAL_DIRECTOR']);
const PARTNER_ROLES = new Set(['PARTNERSHIP_OFFICER', 'COUNCILLOR', 'PARTNER_ORGANISATION']);

/**
 * Once Ministers have signed, the draft is closed: no priority, target or level is offered for editing (changes go
 * through controlled refresh on the sign-off page); points and conferences stay for the record.
 */
export function capabilitiesOf(grants: Grant[], place: { region: string; area: string }, signed = false): Capabilities {
  const go = grants.some((g) => GO_ROLES.has(g.role) && g.region === place.region);
  const partner = (role: string) => grants.some((g) => g.role === role && g.area === place.area);
  return {
    edit: !signed && (go || partner('PARTNERSHIP_OFFICER')),
    negotiate:
      go ||
      grants.some(
        (g) =>
          g.role === 'DEPARTMENT_ANALYST' || (g.role === 'NATIONAL_STRATEGIES_ADVISER' && g.region === place.region),
      ) ||
      [...PARTNER_ROLES].some(partner),
    convene: go,
    decide: grants.some((g) => g.role === 'DEPUTY_REGIONAL_DIRECTOR' && g.region === place.region),
    askConference: [...PARTNER_ROLES].some(partner),
  };
}
