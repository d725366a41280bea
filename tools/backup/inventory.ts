import { SUBGRAPH_NAMES, SUBGRAPH_TOPOLOGY } from '@laa/config';

/** Runs one read-only statement against a region's store, whichever kind it is. */
export type Sql = <R extends Record<string, unknown>>(text: string) => Promise<R[]>;

/** Each subgraph's own schema, as the topology registry names it: what a region's store holds. */
export const SUBGRAPH_SCHEMAS: readonly string[] = SUBGRAPH_NAMES.map((name) => SUBGRAPH_TOPOLOGY[name].databaseSchema);

/** Every migration applied in each subgraph's schema, oldest first (TypeORM's table in that schema). */
export async function appliedMigrations(sql: Sql): Promise<Record<string, string[]>> {
  const applied: Record<string, string[]> = {};
  for (const schema of SUBGRAPH_SCHEMAS) {
    const [{ present }] = await sql<{ present: boolean }>(
      `SELECT to_regclass('"${schema}".migrations') IS NOT NULL AS present`,
    );
    applied[schema] = present
      ? (await sql<{ name: string }>(`SELECT name FROM "${schema}".migrations ORDER BY id`)).map((row) => row.name)
      : [];
  }
  return applied;
}

export async function postgresVersion(sql: Sql): Promise<string> {
  const [{ server_version }] = await sql<{ server_version: string }>('SHOW server_version');
  return server_version;
}

/** Says which migrations a restored store lacks or has beyond its manifest; empty when they match. */
export function migrationDifferences(expected: Record<string, string[]>, found: Record<string, string[]>): string[] {
  return Object.keys(expected).flatMap((schema) => {
    const missing = expected[schema].filter((name) => !(found[schema] ?? []).includes(name));
    return missing.length ? [`${schema}: ${missing.join(', ')} missing after restore`] : [];
  });
}
