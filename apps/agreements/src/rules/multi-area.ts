import { RegionCode } from '@laa/domain';
import { badInput } from '@laa/errors';
import { MultiAreaTarget } from '../entities/multi-area-agreement';
import { normaliseIndicatorCode } from './target-rules';

/** A year's level for each of the agreement's three years (2008/09 to 2010/11). */
export const MULTI_AREA_YEARS = 3;

/** Area codes as a caller may type them (" 00cg"), once each; a multi-area agreement needs two areas or more. */
export function memberAreaCodes(codes: readonly string[]): string[] {
  const distinct = [...new Set(codes.map((code) => code.trim().toUpperCase()))];
  if (distinct.length < 2)
    throw badInput('A multi-area agreement spans two areas or more: name each member area once', {
      areaCodes: distinct,
    });
  return distinct;
}

/** The member regions, the lead first, then by code. */
export function memberRegionsOf(regions: readonly RegionCode[], lead: RegionCode): RegionCode[] {
  const others = [...new Set(regions)].filter((region) => region !== lead).sort();
  return [lead, ...others];
}

/**
 * Shared targets: each on a live indicator of the national set (the `isLive` answer), once, with a level for
 * each year; BAD_USER_INPUT names every offending indicator.
 */
export function checkSharedTargets(
  targets: readonly MultiAreaTarget[],
  isLive: (code: string) => boolean,
): MultiAreaTarget[] {
  const normalised = targets.map((t) => ({ ...t, indicatorCode: normaliseIndicatorCode(t.indicatorCode) }));
  const unknown = normalised.map((t) => t.indicatorCode).filter((code) => !isLive(code));
  if (unknown.length > 0)
    throw badInput(`Not a live indicator of the national set: ${unknown.join(', ')}`, { indicators: unknown });
  const codes = normalised.map((t) => t.indicatorCode);
  const repeated = codes.filter((code, i) => codes.indexOf(code) !== i);
  if (repeated.length > 0)
    throw badInput(`One shared target per indicator: ${[...new Set(repeated)].join(', ')} given twice`, {
      indicators: repeated,
    });
  const unlevelled = normalised.filter((t) => t.levels.length !== MULTI_AREA_YEARS).map((t) => t.indicatorCode);
  if (unlevelled.length > 0)
    throw badInput(`Give a level for each of the ${MULTI_AREA_YEARS} years: ${unlevelled.join(', ')}`, {
      indicators: unlevelled,
    });
  return normalised;
}
