import { ReferenceStatus } from '@laa/domain';
import { IndicatorReference, readIndicators } from './indicators';

/**
 * One period of an indicator's membership of the statutory DCSF education and early years set: in force on a day
 * when `from <= day < to` (ISO dates; `to` null while it lasts). Dates compare as text: they are all YYYY-MM-DD.
 */
export interface StatutoryMembershipReference {
  indicatorCode: string;
  from: string;
  to: string | null;
  status: ReferenceStatus;
  /** Why the platform holds this membership, in words a reader can check against SOURCES.md. */
  reason: string;
}

/**
 * The 2008 round's agreements run from April 2008 (the three years 2008/09 to 2010/11); neither the CLG guidance of
 * September 2007 nor SOURCES.md gives the statutory set a different start, so the set is in force from then.
 */
export const ROUND_START = '2008-04-01';

/** SI 2008/3086 removed the Key Stage 3 school targets from 31 December 2008 (SOURCES.md 1b). */
export const KEY_STAGE_3_END = '2008-12-31';

/** The Key Stage 3 indicators of the recalled set; that they left with SI 2008/3086 is an inference. */
export const KEY_STAGE_3_CODES: readonly string[] = ['NI74', 'NI83', 'NI95', 'NI96'];

const SET_REASON =
  'Inferred: the recalled 2008 set of 16 statutory education and early years targets; the count of 16 is corroborated by an LAA FAQ, ' +
  'the NI numbers by no source read (SOURCES.md 1b). The CLG guidance of September 2007 says 17.';
const KEY_STAGE_3_REASON =
  ' Leaves from 31 December 2008: SI 2008/3086 removed the Key Stage 3 school targets from that date; that this indicator went with them is an inference.';

/** The statutory DCSF set as the reference data gives it: one membership per indicator marked statutory. */
export function statutoryMemberships(
  indicators: IndicatorReference[] = readIndicators(),
): StatutoryMembershipReference[] {
  return indicators
    .filter((indicator) => indicator.statutoryDcsf)
    .map((indicator) => {
      const keyStage3 = KEY_STAGE_3_CODES.includes(indicator.code);
      return {
        indicatorCode: indicator.code,
        from: ROUND_START,
        to: keyStage3 ? KEY_STAGE_3_END : null,
        // A leaving date the file does not give is the platform's reading, whatever the file says of membership.
        status: keyStage3 ? ReferenceStatus.INFERRED : indicator.statutoryDcsfStatus,
        reason: keyStage3 ? SET_REASON + KEY_STAGE_3_REASON : SET_REASON,
      };
    });
}

/** True when the membership is in force on the day (YYYY-MM-DD). */
export const inForceOn = (membership: Pick<StatutoryMembershipReference, 'from' | 'to'>, day: string): boolean =>
  membership.from <= day && (membership.to === null || day < membership.to);

/** The codes of the statutory set in force on the day, in indicator-number order. */
export function statutoryCodesOn<T extends Pick<StatutoryMembershipReference, 'indicatorCode' | 'from' | 'to'>>(
  memberships: T[],
  day: string,
): string[] {
  const codes = new Set(memberships.filter((m) => inForceOn(m, day)).map((m) => m.indicatorCode));
  return [...codes].sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
}
