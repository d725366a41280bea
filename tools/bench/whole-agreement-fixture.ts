import { DatabaseConnection, pgClientConfig } from '@laa/database';
import { stableUuid } from '@laa/demo-data';
import { RegionCode } from '@laa/domain';
import { IndicatorReference, readIndicators } from '@laa/reference-data';
import { Client } from 'pg';

/** The shape of one benchmark agreement: how many targets of each kind (each with one open point). */
export interface SuiteSize {
  designated: number;
  local: number;
}

export interface BenchSuite {
  areaCode: string;
  agreementId: string;
  designated: number;
  statutory: number;
  local: number;
  targetCount: number;
}

/**
 * Gives agreements of the region (by area code, after the first two the area benchmark uses) a whole
 * suite straight in SQL, in one transaction: designated targets, the whole statutory DCSF set,
 * local targets, a priority, and one open negotiation point against every target.
 */
export async function prepareSuites(
  database: DatabaseConnection,
  region: RegionCode,
  sizes: SuiteSize[],
): Promise<BenchSuite[]> {
  const indicators = readIndicators()
    .filter((i) => !i.withdrawn)
    .sort((a, b) => a.number - b.number);
  const client = new Client(pgClientConfig(database));
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; area_code: string }>(
      'SELECT id, area_code FROM agreements.agreement WHERE region_code = $1 ORDER BY area_code OFFSET 2 LIMIT $2',
      [region, sizes.length],
    );
    if (rows.length < sizes.length)
      throw new Error(`Region ${region} has too few demo agreements for the suite benchmark`);
    await client.query('BEGIN');
    const suites: BenchSuite[] = [];
    for (const [index, row] of rows.entries())
      suites.push(await replaceSuite(client, { id: row.id, areaCode: row.area_code }, indicators, sizes[index]));
    await client.query('COMMIT');
    return suites;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function replaceSuite(
  client: Client,
  agreement: { id: string; areaCode: string },
  indicators: IndicatorReference[],
  size: SuiteSize,
): Promise<BenchSuite> {
  const statutory = indicators.filter((i) => i.statutoryDcsf);
  const others = indicators.filter((i) => !i.statutoryDcsf);
  if (size.designated + size.local > others.length) throw new Error('Not enough live indicators for the suite');
  const plan = [
    ...others.slice(0, size.designated).map((i) => ({ indicator: i, kind: 'DESIGNATED' })),
    ...statutory.map((i) => ({ indicator: i, kind: 'STATUTORY_DCSF' })),
    ...others.slice(size.designated, size.designated + size.local).map((i) => ({ indicator: i, kind: 'LOCAL' })),
  ];
  await client.query(
    `DELETE FROM agreements.negotiation_point_event WHERE point_id IN (SELECT id FROM agreements.negotiation_point WHERE agreement_id = $1)`,
    [agreement.id],
  );
  await client.query('DELETE FROM agreements.negotiation_point WHERE agreement_id = $1', [agreement.id]);
  await client.query('DELETE FROM agreements.target WHERE agreement_id = $1', [agreement.id]);
  const priorityId = stableUuid(`bench-priority:${agreement.id}`);
  await client.query(
    `INSERT INTO agreements.priority (id, agreement_id, title, description, tier, criteria_met, synthetic)
     VALUES ($1, $2, 'Synthetic benchmark priority', '', 1, '{SHEFFIELD_LOCAL_PEOPLE}', true) ON CONFLICT (id) DO NOTHING`,
    [priorityId, agreement.id],
  );
  const member = (sector: string) => stableUuid(`member:${agreement.areaCode}:${sector}`);
  for (const [index, { indicator, kind }] of plan.entries()) {
    const targetId = stableUuid(`bench-suite-target:${agreement.id}:${indicator.code}`);
    // Every fifth target is a placeholder (no baseline yet, due by a date), as drafts have.
    const placeholder = index % 5 === 4;
    const baseline = 50 + index;
    const step = indicator.polarity === 'LOWER_IS_BETTER' ? -1 : 1;
    await client.query(
      `INSERT INTO agreements.target (id, agreement_id, kind, indicator_code, theme, baseline_value, baseline_period, baseline_source,
         baseline_provisional, baseline_due_by, levels, lead_partner_id, contributing_partner_ids, priority_id, synthetic, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, $9, $10, $11, $12, $13, true, 1)`,
      [
        targetId,
        agreement.id,
        kind,
        indicator.code,
        indicator.theme,
        placeholder ? null : baseline,
        placeholder ? null : '2007/08',
        placeholder ? null : 'Synthetic benchmark data',
        placeholder ? '2008-09-30' : null,
        placeholder ? [null, null, null] : [baseline + step, baseline + 2 * step, baseline + 3 * step],
        member('COUNCIL'),
        [member('POLICE'), member('PRIMARY_CARE_TRUST')],
        priorityId,
      ],
    );
    await client.query(
      `INSERT INTO agreements.negotiation_point (agreement_id, subject_kind, subject_ref, title, status, raised_by_id, raised_by_name, raised_by_role, department, raised_at)
       VALUES ($1, 'TARGET', $2, $3, 'OPEN', 'bench', 'Synthetic benchmark analyst', 'DEPARTMENT_ANALYST', 'DCSF', now() - interval '9 days')`,
      [agreement.id, targetId, `Level of ${indicator.code} (synthetic)`],
    );
  }
  return {
    areaCode: agreement.areaCode,
    agreementId: agreement.id,
    designated: size.designated,
    statutory: statutory.length,
    local: size.local,
    targetCount: plan.length,
  };
}
