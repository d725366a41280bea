import { PoolClient } from 'pg';
import { Rejection, RejectionReason } from './observation-row';

export interface MergeCounts {
  inserted: number;
  superseded: number;
  unchanged: number;
}

const SAME_FIGURE = `o.indicator_code = s.indicator_code AND o.area_code = s.area_code AND o.period = s.period AND o.source = s.source`;
const SAME_VALUES = `o.value = s.value AND o.numerator IS NOT DISTINCT FROM s.numerator
  AND o.denominator IS NOT DISTINCT FROM s.denominator AND o.ci_lower IS NOT DISTINCT FROM s.ci_lower
  AND o.ci_upper IS NOT DISTINCT FROM s.ci_upper AND o.provisional = s.provisional`;

/**
 * Merges the staged rows into the observations, set-based, inside the import's transaction:
 * a release already loaded with the same figures is unchanged (so re-importing a file changes nothing);
 * the same release with other figures, or an older release than another import's current one, is rejected;
 * a newer release supersedes the current one, which stays as history; of several releases of one figure in
 * the file all are kept and only the newest is current. `repeats`: staged rows that are a further
 * release of a figure already seen in the file.
 */
export async function mergeStagedRows(
  client: PoolClient,
  importId: string,
  loadedBy: string,
  repeats: number,
  meetsEarlierImports: boolean,
): Promise<MergeCounts> {
  const count = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rowCount ?? 0;
  // The joins against everything loaded before are skipped when no other import holds the staged indicators and areas.
  let unchanged = 0;
  let superseded = 0;
  if (meetsEarlierImports) {
    await count(MARK_AGAINST_LOADED, [importId]);
    unchanged = await countUnchanged(client);
  }
  if (meetsEarlierImports || repeats > 0) {
    superseded = await count(
      `UPDATE evidence.observation o SET superseded_at = now(), superseded_by = $1 FROM observation_staging s
      WHERE s.outcome IS NULL AND ${SAME_FIGURE} AND o.superseded_at IS NULL AND o.published_on < s.published_on`,
      [importId],
    );
  }
  const older = repeats > 0 ? (await count(MARK_OLDER_STAGED)) + (await count(MARK_OLDER_THAN_LOADED)) : 0;
  const inserted = await count(
    `INSERT INTO evidence.observation (indicator_code, area_code, period, value, numerator, denominator,
      ci_lower, ci_upper, source, published_on, provisional, synthetic, import_id, loaded_by, superseded_at, superseded_by)
    SELECT s.indicator_code, s.area_code, s.period, s.value, s.numerator, s.denominator, s.ci_lower, s.ci_upper, s.source,
      s.published_on, s.provisional, s.synthetic, $1, $2, CASE WHEN s.older THEN now() END, CASE WHEN s.older THEN $1::uuid END
    FROM observation_staging s WHERE s.outcome IS NULL`,
    [importId, loadedBy],
  );
  return { inserted, superseded: superseded + older, unchanged };
}

/**
 * The (indicator, area) pairs the observations hold before an import starts: at most every area by every
 * indicator (some 30,000), read once; a chunk none of whose rows meet them has nothing to merge against.
 */
export async function pairsLoadedBefore(client: PoolClient): Promise<ReadonlySet<string>> {
  const { rows } = await client.query<{ indicator_code: string; area_code: string }>(
    'SELECT DISTINCT area_code, indicator_code FROM evidence.observation',
  );
  return new Set(rows.map((r) => pairOf(r.indicator_code, r.area_code)));
}

export const pairOf = (indicatorCode: string, areaCode: string) => `${indicatorCode}\u0000${areaCode}`;

/**
 * One pass over every release already loaded of the staged figures: the same release with the same figures is
 * UNCHANGED, with other figures a conflict; an older release than another import's current one is refused.
 */
const MARK_AGAINST_LOADED = `UPDATE observation_staging s SET outcome = r.outcome FROM (
    SELECT s.line, CASE
      WHEN bool_or(o.published_on = s.published_on AND ${SAME_VALUES}) THEN 'UNCHANGED'
      WHEN bool_or(o.published_on = s.published_on) THEN '${RejectionReason.CONFLICTS_WITH_LOADED_RELEASE}'
      WHEN bool_or(o.superseded_at IS NULL AND o.published_on > s.published_on AND o.import_id IS DISTINCT FROM $1) THEN '${RejectionReason.OLDER_THAN_LOADED_RELEASE}'
    END AS outcome
    FROM observation_staging s JOIN evidence.observation o ON ${SAME_FIGURE}
    GROUP BY s.line) r
  WHERE r.line = s.line AND r.outcome IS NOT NULL`;

async function countUnchanged(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM observation_staging WHERE outcome = 'UNCHANGED'`,
  );
  return Number(rows[0].n);
}

/** Several releases of one figure staged: all but the newest are history (a window, one pass). */
const MARK_OLDER_STAGED = `UPDATE observation_staging s SET older = true FROM (
    SELECT line, row_number() OVER (PARTITION BY indicator_code, area_code, period, source ORDER BY published_on DESC) AS newest
    FROM observation_staging WHERE outcome IS NULL) r
  WHERE r.line = s.line AND r.newest > 1`;

/** A release older than one this import loaded straight from a chunk: history too (older ones of other imports were refused). */
const MARK_OLDER_THAN_LOADED = `UPDATE observation_staging s SET older = true
  WHERE s.outcome IS NULL AND NOT s.older AND EXISTS (
    SELECT 1 FROM evidence.observation o WHERE ${SAME_FIGURE} AND o.superseded_at IS NULL AND o.published_on > s.published_on)`;

const MESSAGES: Record<string, string> = {
  [RejectionReason.CONFLICTS_WITH_LOADED_RELEASE]:
    'this release is already loaded with other figures: publish a newer release to correct it',
  [RejectionReason.OLDER_THAN_LOADED_RELEASE]: 'a newer release of this figure is already loaded',
};

/** The staged rows the merge refused, with their lines. */
export async function mergeRejections(client: PoolClient): Promise<Rejection[]> {
  const { rows } = await client.query<{ line: number; outcome: RejectionReason }>(
    `SELECT line, outcome FROM observation_staging WHERE outcome IS NOT NULL AND outcome <> 'UNCHANGED' ORDER BY line`,
  );
  return rows.map(({ line, outcome }) => ({ line, reason: outcome, message: MESSAGES[outcome] }));
}
