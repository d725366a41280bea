import { between, seededRandom } from './random';
import { DEMO_SOURCE, IndicatorShape, looksLikePercentage, round, syntheticSeries } from './series';

export const EVIDENCE_CSV_HEADER =
  'indicator,area,period,value,numerator,denominator,ci_lower,ci_upper,source,published,provisional,synthetic';
/** A second (synthetic) source that disagrees now and then: the demo's rival data. */
export const RIVAL_SOURCE = 'Local partnership survey (synthetic)';

interface Shape extends IndicatorShape {
  withdrawn: boolean;
}

/** When each demo period's figures are published: the autumn after the year ends. */
const publishedOn = (period: string) => `${Number(period.slice(0, 4)) + 1}-10-01`;

/**
 * Synthetic national evidence for every area and live indicator, as the CSV lines an analyst would load:
 * the series agreements' demo baselines come from, with kinds of trend varying by area; a few indicators
 * with no data yet (placeholders), the latest year provisional for some indicators, revised releases that
 * supersede a provisional one, and a few rival figures from a second source. Deterministic.
 */
export function* nationalEvidenceCsv(areaCodes: string[], indicators: Shape[]): Generator<string> {
  yield EVIDENCE_CSV_HEADER;
  for (const indicator of indicators.filter((i) => !i.withdrawn)) {
    const random = seededRandom(`evidence:${indicator.code}`);
    if (random() < 0.04) continue; // no reliable baseline yet anywhere
    const provisionalLatest = random() < 0.2;
    const revised = random() < 0.1;
    for (const area of areaCodes) yield* areaLines(indicator, area, provisionalLatest, revised);
  }
}

function* areaLines(indicator: Shape, area: string, provisionalLatest: boolean, revised: boolean): Generator<string> {
  const series = syntheticSeries(indicator, area);
  const random = seededRandom(`evidence:${indicator.code}:${area}`);
  // A percentage stays a percentage when revised or rivalled: the import refuses one over 100.
  const percentage = looksLikePercentage(indicator.title);
  for (const [i, { period, value }] of series.entries()) {
    const latest = i === series.length - 1;
    if (revised && i === series.length - 2) {
      // First published provisional, then revised: the first release stays as history.
      const first = round(value * (1 + between(random, -0.03, 0.03)));
      yield line(
        indicator.code,
        area,
        period,
        percentage ? Math.min(100, first) : first,
        DEMO_SOURCE,
        `${Number(period.slice(0, 4)) + 1}-06-01`,
        true,
      );
    }
    yield line(indicator.code, area, period, value, DEMO_SOURCE, publishedOn(period), latest && provisionalLatest);
    if (latest && random() < 0.012) {
      const rival = round(value * (1 + between(random, 0.04, 0.09)));
      yield line(
        indicator.code,
        area,
        period,
        percentage ? Math.min(100, rival) : rival,
        RIVAL_SOURCE,
        publishedOn(period),
        false,
      );
    }
  }
}

function line(
  indicator: string,
  area: string,
  period: string,
  value: number,
  source: string,
  published: string,
  provisional: boolean,
): string {
  return `${indicator},${area},${period},${value},,,,,"${source}",${published},${provisional},true`;
}
