import { DatabaseConnection, pgClientConfig } from '@laa/database';
import { stableUuid } from '@laa/demo-data';
import { RegionCode } from '@laa/domain';
import { IndicatorReference, readIndicators } from '@laa/reference-data';
import { Client } from 'pg';

/** A demo agreement whose targets the benchmark replaced. */
export interface BenchAgreement {
  areaCode: string;
  agreementId: string;
  targetCount: number;
}

/**
 * Gives the first agreements of the region (by area code) exactly the requested numbers of targets,
 * in one transaction, straight in agreements.target: the API has no "replace all targets" operation.
 */
export async function prepareAgreements(
  database: DatabaseConnection,
  region: RegionCode,
  targetCounts: number[],
): Promise<BenchAgreement[]> {
  const indicators = liveIndicators();
  const client = new Client(pgClientConfig(database));
  await client.connect();
  try {
    const agreements = await demoAgreements(client, region, targetCounts.length);
    await client.query('BEGIN');
    const prepared: BenchAgreement[] = [];
    for (const [index, agreement] of agreements.entries()) {
      prepared.push(await replaceTargets(client, agreement, indicators, targetCounts[index]));
    }
    await client.query('COMMIT');
    return prepared;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** NI1..NI199 without the withdrawn NI31: every one resolves in the evidence subgraph. */
function liveIndicators(): IndicatorReference[] {
  return readIndicators()
    .filter((indicator) => !indicator.withdrawn)
    .sort((a, b) => a.number - b.number);
}

async function demoAgreements(
  client: Client,
  region: RegionCode,
  count: number,
): Promise<{ id: string; areaCode: string }[]> {
  const { rows } = await client.query<{ id: string; area_code: string }>(
    'SELECT id, area_code FROM agreements.agreement WHERE region_code = $1 ORDER BY area_code LIMIT $2',
    [region, count],
  );
  if (rows.length < count)
    throw new Error(`Region ${region} has ${rows.length} demo agreements; the benchmark needs ${count}`);
  return rows.map((row) => ({ id: row.id, areaCode: row.area_code }));
}

async function replaceTargets(
  client: Client,
  agreement: { id: string; areaCode: string },
  indicators: IndicatorReference[],
  count: number,
): Promise<BenchAgreement> {
  if (count > indicators.length)
    throw new Error(`Only ${indicators.length} live indicators; cannot make ${count} targets`);
  await client.query('DELETE FROM agreements.target WHERE agreement_id = $1', [agreement.id]);
  for (const [index, indicator] of indicators.slice(0, count).entries()) {
    const baseline = 50 + index;
    await client.query(
      `INSERT INTO agreements.target (id, agreement_id, kind, indicator_code, theme, baseline_value, baseline_period,
         baseline_source, baseline_provisional, levels, synthetic, version)
       VALUES ($1, $2, 'DESIGNATED', $3, $4, $5, '2007/08', 'Synthetic benchmark data', false, $6, true, 1)`,
      [
        stableUuid(`bench-target:${agreement.id}:${indicator.code}`),
        agreement.id,
        indicator.code,
        indicator.theme,
        baseline,
        [baseline + 1, baseline + 2, baseline + 3],
      ],
    );
  }
  return { areaCode: agreement.areaCode, agreementId: agreement.id, targetCount: count };
}
