import { usableFigure } from '../rules/figure-bounds';

/** How many neighbours each area keeps. */
export const NEIGHBOURS = 5;
/** Two areas are compared only on at least this many indicators both have. */
export const MIN_SHARED_INDICATORS = 10;

export const SIMILAR_AREAS_RULE =
  `Each national indicator's latest figures are standardised across England (z-scores); the distance between two ` +
  `areas is the root mean square of their differences over the indicators both have (at least ${MIN_SHARED_INDICATORS}). ` +
  `An area's ${NEIGHBOURS} nearest areas are its similar areas. Recomputed after every import. ` +
  `Figures that are not finite or beyond ±1,000,000,000 (only ever stored before imports refused them) are left out.`;

export interface LatestFigure {
  indicatorCode: string;
  areaCode: string;
  value: number;
}

export interface Neighbour {
  areaCode: string;
  rank: number;
  neighbourCode: string;
  distance: number;
}

/** The most similar areas of every area, computed from the evidence itself. */
export function similarAreas(figures: LatestFigure[]): Neighbour[] {
  const profiles = standardisedProfiles(figures);
  const areas = [...profiles.keys()].sort();
  return areas.flatMap((area) =>
    areas
      .filter((other) => other !== area)
      .map((other) => ({ other, distance: distance(profiles.get(area)!, profiles.get(other)!) }))
      .filter((d): d is { other: string; distance: number } => d.distance !== null)
      .sort((a, b) => a.distance - b.distance || a.other.localeCompare(b.other))
      .slice(0, NEIGHBOURS)
      .map((d, i) => ({
        areaCode: area,
        rank: i + 1,
        neighbourCode: d.other,
        distance: Math.round(d.distance * 10000) / 10000,
      })),
  );
}

function standardisedProfiles(figures: LatestFigure[]): Map<string, Map<string, number>> {
  const byIndicator = new Map<string, LatestFigure[]>();
  for (const f of figures) {
    if (!usableFigure(f.value)) continue;
    const values = byIndicator.get(f.indicatorCode);
    if (values) values.push(f);
    else byIndicator.set(f.indicatorCode, [f]);
  }
  const profiles = new Map<string, Map<string, number>>();
  for (const [indicator, values] of byIndicator) {
    const mean = values.reduce((s, f) => s + f.value, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, f) => s + (f.value - mean) ** 2, 0) / values.length);
    // A constant indicator (or a lone area) tells no areas apart.
    if (values.length < 2 || !(sd > 0) || !Number.isFinite(sd)) continue;
    for (const f of values) {
      const profile = profiles.get(f.areaCode) ?? new Map<string, number>();
      profile.set(indicator, (f.value - mean) / sd);
      profiles.set(f.areaCode, profile);
    }
  }
  return profiles;
}

function distance(a: Map<string, number>, b: Map<string, number>): number | null {
  let sum = 0;
  let shared = 0;
  for (const [indicator, z] of a) {
    const other = b.get(indicator);
    if (other === undefined) continue;
    sum += (z - other) ** 2;
    shared++;
  }
  return shared < MIN_SHARED_INDICATORS ? null : Math.sqrt(sum / shared);
}
