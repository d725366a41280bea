import { Sql } from './inventory';

export interface StoreSnapshot {
  /** Every table of every schema (the subgraphs' and their migrations tables): its rows and a digest of their content. */
  tables: Record<string, { rows: number; digest: string }>;
  signedAgreementId: string;
  /** The signed agreement's whole sign-off record: each sign-off table's rows for it. */
  signOffRecord: Record<string, unknown[]>;
}

/** What a restore must reproduce, read the same way from a server or the embedded store. */
export async function storeSnapshot(sql: Sql): Promise<StoreSnapshot> {
  const tables: StoreSnapshot['tables'] = {};
  const names = await sql<{ schema: string; name: string }>(
    "SELECT schemaname AS schema, tablename AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2",
  );
  for (const { schema, name } of names) {
    const [row] = await sql<{ rows: number; digest: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${schema}"."${name}" t`,
    );
    tables[`${schema}.${name}`] = { rows: row.rows, digest: row.digest ?? '' };
  }
  const [signed] = await sql<{ id: string }>(
    'SELECT agreement_id::text AS id FROM signoff.signed_version ORDER BY agreement_id LIMIT 1',
  );
  return {
    tables,
    signedAgreementId: signed?.id ?? '',
    signOffRecord: signed ? await signOffRecord(sql, signed.id) : {},
  };
}

async function signOffRecord(sql: Sql, agreementId: string): Promise<Record<string, unknown[]>> {
  const record: Record<string, unknown[]> = {};
  const tables = await sql<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.columns WHERE table_schema = 'signoff' AND column_name = 'agreement_id' ORDER BY 1",
  );
  for (const { name } of tables) {
    const rows = await sql<{ row: unknown }>(
      `SELECT to_jsonb(t) AS row FROM signoff."${name}" t WHERE agreement_id = '${agreementId}' ORDER BY to_jsonb(t)::text`,
    );
    record[name] = rows.map((r) => r.row);
  }
  return record;
}
