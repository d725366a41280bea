import { Polarity } from '@laa/domain';
import { between, seededRandom } from './random';

/** Financial years of the demo evidence, before the 2008-11 agreements. */
export const DEMO_PERIODS = ['2004/05', '2005/06', '2006/07', '2007/08'] as const;
export const DEMO_SOURCE = 'Synthetic demo data (generated, not published statistics)';

export interface SyntheticObservation {
  period: string;
  value: number;
}

export interface IndicatorShape {
  code: string;
  title: string | null;
  polarity: Polarity | null;
}

/** A plausible series for one indicator in one area: percentages stay within 0-100, trends vary by area. */
export function syntheticSeries(indicator: IndicatorShape, areaCode: string): SyntheticObservation[] {
  const random = seededRandom(`${indicator.code}:${areaCode}`);
  const percentage = looksLikePercentage(indicator.title);
  const level = percentage ? between(random, 20, 80) : between(random, 10, 400);
  const yearlyChange = between(random, -0.06, 0.06);
  return DEMO_PERIODS.map((period, year) => {
    const noise = between(random, -0.015, 0.015);
    const raw = level * (1 + yearlyChange * year + noise);
    return { period, value: round(percentage ? Math.min(99.5, Math.max(0.5, raw)) : Math.max(0, raw)) };
  });
}

/** Most national indicators are percentages; the title tells counts, rates per head and times (no unit is in the reference data). */
const PERCENTAGE = /%|percentage|proportion|per cent|prevalence|within|employment rate/i;
const COUNT_OR_RATE =
  /\brates?\b|per 1,?000|per 10,?000|per 100,?000|per head|per household|\bnumber\b|tonnes|time taken|journey time|co2|emissions|earnings|entrants|admissions|incidents|offences|murder|mortality|killed|casualties|\bvisits\b|journeys|homes|life expectancy/i;

export function looksLikePercentage(title: string | null): boolean {
  const text = title ?? '';
  return PERCENTAGE.test(text) || !COUNT_OR_RATE.test(text);
}

export const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
