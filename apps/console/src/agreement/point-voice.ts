import { Grant } from '../session';

/**
 * What a caller may raise points on, as the source gives voices: the GO and the area's partnership anything; a
 * department none of the local targets ("no part in" them); the National Strategies only the statutory targets.
 * The API refuses the rest (DEPARTMENT_LOCAL_TARGET, NATIONAL_STRATEGIES_STATUTORY_ONLY); the page does not offer it.
 */
export type PointVoice = 'ANY' | 'NOT_LOCAL' | 'STATUTORY_ONLY';

const ANY_VOICE = new Set([
  'RELATIONSHIP_MANAGER',
  'THEME_LEAD',
  'DEPUTY_REGIONAL_DIRECTOR',
  'REGIONAL_DIRECTOR',
  'PARTNERSHIP_OFFICER',
  'COUNCILLOR',
  'PARTNER_ORGANISATION',
]);

export function pointVoiceOf(grants: Grant[], region: string): PointVoice {
  if (grants.some((g) => ANY_VOICE.has(g.role) && g.region === region)) return 'ANY';
  if (grants.some((g) => g.role === 'DEPARTMENT_ANALYST')) return 'NOT_LOCAL';
  return 'STATUTORY_ONLY';
}

/** The targets a voice may raise a point on. */
export function targetsToRaiseOn<T extends { kind: string }>(voice: PointVoice, targets: T[]): T[] {
  if (voice === 'NOT_LOCAL') return targets.filter((t) => t.kind !== 'LOCAL');
  if (voice === 'STATUTORY_ONLY') return targets.filter((t) => t.kind === 'STATUTORY_DCSF');
  return targets;
}
