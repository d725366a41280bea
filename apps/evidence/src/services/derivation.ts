import { Polarity } from '@laa/domain';
import { DataSource, EntityManager } from 'typeorm';
import { DerivedBenchmark, DerivedTrend, deriveIndicator, Neighbour } from './derive-evidence';
import { StretchFiguresService } from './stretch-figures';

/** Marks every indicator due (a change of similar areas or of the register of areas). */
export const EVERY_INDICATOR = '*';

export interface DerivationReport {
  indicators: number;
  trends: number;
  benchmarks: number;
  /** When the derived rows were written (the derivation's transaction), or null when nothing was due. */
  derivedAsOf: Date | null;
}

interface DueMark {
  indicator_code: string;
  generation: string;
}

/** Rows a statement inserts at once: well inside PostgreSQL's parameter and message limits. */
const BATCH = 5000;
/** Indicators read and derived together: a region's demo evidence has some 150 areas x 4 periods of each. */
const INDICATORS_AT_ONCE = 25;

/**
 * Derives what is due: the trends and benchmarks of every indicator whose figures, choices, polarity, or (for all of
 * them) similar areas or register of areas changed since it was last derived. Runs in the writer's transaction
 * (a choice of figure of record: `only` that indicator) or right after it (an import), and at start for anything a
 * crash left due. One derivation at a time: the marks and figures it reads are read after the lock, so a write it
 * does not see keeps its mark (a newer generation) and is derived next time; readers meanwhile compute that indicator
 * on the fly.
 */
export async function deriveDueEvidence(manager: EntityManager, only?: readonly string[]): Promise<DerivationReport> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('evidence:derivation'))`);
  const marks: DueMark[] = await manager.query(
    'SELECT indicator_code, generation FROM evidence.derivation_due ORDER BY indicator_code',
  );
  const every = marks.some((m) => m.indicator_code === EVERY_INDICATOR) && !only;
  const codes = every
    ? await everyIndicator(manager)
    : marks.map((m) => m.indicator_code).filter((c) => c !== EVERY_INDICATOR && (!only || only.includes(c)));
  const cleared = marks.filter((m) => every || codes.includes(m.indicator_code));
  if (cleared.length === 0) return { indicators: 0, trends: 0, benchmarks: 0, derivedAsOf: null };
  const [{ now }]: { now: Date }[] = await manager.query('SELECT now() AS now');
  await manager.query('DELETE FROM evidence.derived_trend WHERE indicator_code = ANY($1::text[])', [codes]);
  await manager.query('DELETE FROM evidence.derived_benchmark WHERE indicator_code = ANY($1::text[])', [codes]);
  const places = await readPlaces(manager);
  let [trends, benchmarks] = [0, 0];
  // A few indicators at a time: a million observations need not sit in memory at once.
  for (let i = 0; i < codes.length; i += INDICATORS_AT_ONCE) {
    const derived = await derive(manager, codes.slice(i, i + INDICATORS_AT_ONCE), places);
    for (let j = 0; j < derived.trends.length; j += BATCH)
      await insertTrends(manager, derived.trends.slice(j, j + BATCH));
    for (let j = 0; j < derived.benchmarks.length; j += BATCH)
      await insertBenchmarks(manager, derived.benchmarks.slice(j, j + BATCH));
    trends += derived.trends.length;
    benchmarks += derived.benchmarks.length;
  }
  // Only the marks read above, at the generation read: a writer that marked again meanwhile keeps its mark. A mark a
  // writer holds locked is skipped rather than waited for (that writer's commit marks it anew).
  await manager.query(
    `DELETE FROM evidence.derivation_due WHERE (indicator_code, generation) IN (
       SELECT d.indicator_code, d.generation FROM evidence.derivation_due d
       JOIN unnest($1::text[], $2::bigint[]) AS m (indicator_code, generation) USING (indicator_code, generation)
       FOR UPDATE OF d SKIP LOCKED)`,
    [cleared.map((m) => m.indicator_code), cleared.map((m) => m.generation)],
  );
  return { indicators: codes.length, trends, benchmarks, derivedAsOf: now };
}

/** In its own transaction: after an import, and at start. */
export const deriveDueEvidenceNow = (db: DataSource) => db.transaction((manager) => deriveDueEvidence(manager));

async function everyIndicator(manager: EntityManager): Promise<string[]> {
  const rows: { code: string }[] = await manager.query('SELECT code FROM evidence.indicator ORDER BY code');
  return rows.map((r) => r.code);
}

/** Who is compared with whom: the register of areas (area to region) and every area's similar areas. */
interface Places {
  regions: Map<string, string>;
  neighbours: Map<string, Neighbour[]>;
}

async function readPlaces(manager: EntityManager): Promise<Places> {
  const areas: { code: string; region: string }[] = await manager.query('SELECT code, region FROM evidence.area');
  const similar: { area_code: string; rank: number; neighbour_code: string; distance: number }[] = await manager.query(
    'SELECT area_code, rank, neighbour_code, distance FROM evidence.similar_area ORDER BY area_code, rank',
  );
  const regions = new Map(areas.map((a) => [a.code, a.region]));
  const neighbours = new Map<string, Neighbour[]>();
  for (const row of similar) {
    const list = neighbours.get(row.area_code) ?? [];
    list.push({ areaCode: row.area_code, rank: row.rank, neighbourCode: row.neighbour_code, distance: row.distance });
    neighbours.set(row.area_code, list);
  }
  return { regions, neighbours };
}

async function derive(
  manager: EntityManager,
  codes: string[],
  { regions, neighbours }: Places,
): Promise<{ trends: DerivedTrend[]; benchmarks: DerivedBenchmark[] }> {
  const figures = await new StretchFiguresService(manager).ofIndicators(codes);
  const polarities: { code: string; polarity: Polarity | null }[] = await manager.query(
    'SELECT code, polarity FROM evidence.indicator WHERE code = ANY($1::text[])',
    [codes],
  );
  const byIndicator = new Map(codes.map((code) => [code, [] as typeof figures]));
  for (const figure of figures) byIndicator.get(figure.indicatorCode)?.push(figure);
  const trends: DerivedTrend[] = [];
  const benchmarks: DerivedBenchmark[] = [];
  for (const { code, polarity } of polarities) {
    const derived = deriveIndicator({
      indicatorCode: code,
      polarity,
      figures: byIndicator.get(code) ?? [],
      regions,
      neighbours,
    });
    trends.push(...derived.trends);
    benchmarks.push(...derived.benchmarks);
  }
  return { trends, benchmarks };
}

function insertTrends(manager: EntityManager, rows: DerivedTrend[]): Promise<unknown> {
  return manager.query(
    `INSERT INTO evidence.derived_trend (indicator_code, area_code, direction, slope_per_year, relative_change_per_year, points_used, projection, derived_as_of)
     SELECT i, a, d, s, r, p, j::jsonb, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::int[], $7::text[]) AS t (i, a, d, s, r, p, j)`,
    [
      rows.map((t) => t.indicatorCode),
      rows.map((t) => t.areaCode),
      rows.map((t) => t.direction),
      rows.map((t) => t.slopePerYear),
      rows.map((t) => t.relativeChangePerYear),
      rows.map((t) => t.pointsUsed),
      rows.map((t) => JSON.stringify(t.projection)),
    ],
  );
}

function insertBenchmarks(manager: EntityManager, rows: DerivedBenchmark[]): Promise<unknown> {
  return manager.query(
    `INSERT INTO evidence.derived_benchmark (indicator_code, area_code, period, value, region_average, england_average, similar_areas_average,
       rank, areas_ranked, quartile, top_quartile_threshold, similar_areas, derived_as_of)
     SELECT i, a, p, v, ra, ea, sa, rk, n, q, tq, j::jsonb, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::int[], $9::int[], $10::int[], $11::float8[], $12::text[])
       AS b (i, a, p, v, ra, ea, sa, rk, n, q, tq, j)`,
    [
      rows.map((b) => b.indicatorCode),
      rows.map((b) => b.areaCode),
      rows.map((b) => b.period),
      rows.map((b) => b.value),
      rows.map((b) => b.regionAverage),
      rows.map((b) => b.englandAverage),
      rows.map((b) => b.similarAreasAverage),
      rows.map((b) => b.rank),
      rows.map((b) => b.areasRanked),
      rows.map((b) => b.quartile),
      rows.map((b) => b.topQuartileThreshold),
      // Each neighbour's figure only: its distance is read from similar_area, which may change without the neighbours.
      rows.map((b) => JSON.stringify(b.similarAreas.map(({ neighbourCode, value }) => ({ neighbourCode, value })))),
    ],
  );
}
