import { PoolClient } from 'pg';
import { Rejection, RejectionReason } from './observation-row';

export interface MergeCounts {
  inserted: number;
  superseded: number;
  unchanged: number;
}

const SAME_FIGURE = `o.indicator_code = s.indicator_code AND o.area_code = s.area_code AND o.period = s.period AND o.source = s.source`;
const SAME_RELEASE = `${SAME_FIGURE} AND o.published_on = s.published_on`;
const SAME_VALUES = `o.value = s.value AND o.numerator IS NOT DISTINCT FROM s.numerator
  AND o.denominator IS NOT DISTINCT FROM s.denominator AND o.ci_lower IS NOT DISTINCT FROM s.ci_lower
  AND o.ci_upper IS NOT DISTINCT FROM s.ci_upper AND o.provisional = s.provisional`;

/**
 * Merges the staged rows into the observations, set-based, inside the import's transaction:
 * a release already loaded with the same figures is unchanged (so re-importing a file changes nothing);
 * the same release with other figures, or an older release than the current one, is rejected;
 * a newer release supersedes the current one, which stays as history.
 */
export async function mergeStaging(client: PoolClient, importId: string, loadedBy: string, olderInFile: number): Promise<MergeCounts> {
  const count = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rowCount ?? 0;
  const unchanged = await count(`UPDATE observation_staging s SET outcome = 'UNCHANGED'
    FROM evidence.observation o WHERE ${SAME_RELEASE} AND ${SAME_VALUES}`);
  await count(`UPDATE observation_staging s SET outcome = '${RejectionReason.CONFLICTS_WITH_LOADED_RELEASE}'
    FROM evidence.observation o WHERE s.outcome IS NULL AND ${SAME_RELEASE}`);
  await count(`UPDATE observation_staging s SET outcome = '${RejectionReason.OLDER_THAN_LOADED_RELEASE}'
    FROM evidence.observation o WHERE s.outcome IS NULL AND ${SAME_FIGURE} AND o.superseded_at IS NULL AND o.published_on > s.published_on`);
  const superseded = await count(`UPDATE evidence.observation o SET superseded_at = now(), superseded_by = $1
    FROM observation_staging s WHERE s.outcome IS NULL AND ${SAME_FIGURE} AND o.superseded_at IS NULL`, [importId]);
  // Several releases of one figure in the same file: all are kept, only the newest is current.
  const olderInserted = olderInFile > 0 ? await count(markOlderInFile) : 0;
  const inserted = await count(`INSERT INTO evidence.observation (indicator_code, area_code, period, value, numerator, denominator,
      ci_lower, ci_upper, source, published_on, provisional, synthetic, import_id, loaded_by, superseded_at, superseded_by)
    SELECT s.indicator_code, s.area_code, s.period, s.value, s.numerator, s.denominator, s.ci_lower, s.ci_upper, s.source,
      s.published_on, s.provisional, s.synthetic, $1, $2, CASE WHEN s.older THEN now() END, CASE WHEN s.older THEN $1::uuid END
    FROM observation_staging s WHERE s.outcome IS NULL`, [importId, loadedBy]);
  return { inserted, superseded: superseded + olderInserted, unchanged };
}

/** One pass over the staged rows (a window, not a correlated subquery: files hold hundreds of thousands of rows). */
const markOlderInFile = `UPDATE observation_staging s SET older = true FROM (
    SELECT line, row_number() OVER (PARTITION BY indicator_code, area_code, period, source ORDER BY published_on DESC) AS newest
    FROM observation_staging WHERE outcome IS NULL) r
  WHERE r.line = s.line AND r.newest > 1`;

const MESSAGES: Record<string, string> = {
  [RejectionReason.CONFLICTS_WITH_LOADED_RELEASE]: 'this release is already loaded with other figures: publish a newer release to correct it',
  [RejectionReason.OLDER_THAN_LOADED_RELEASE]: 'a newer release of this figure is already loaded',
};

/** The rows the merge refused, with their lines. */
export async function mergeRejections(client: PoolClient): Promise<Rejection[]> {
  const { rows } = await client.query<{ line: number; outcome: RejectionReason }>(
    `SELECT line, outcome FROM observation_staging WHERE outcome IS NOT NULL AND outcome <> 'UNCHANGED' ORDER BY line`,
  );
  return rows.map(({ line, outcome }) => ({ line, reason: outcome, message: MESSAGES[outcome] }));
}
