import { PGlite } from '@electric-sql/pglite';
import { RegionCode } from '@laa/domain';
import { developmentUser, issueToken } from '@laa/identity';
import { postGraphql, TEST_AUTH_SECRET } from '@laa/testing';
import { Client } from 'pg';
import { Sql } from './inventory';

export async function withServer<T>(url: string, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(
      async <R extends Record<string, unknown>>(text: string) => (await client.query(text)).rows as R[],
    );
  } finally {
    await client.end();
  }
}

export async function withEmbedded<T>(dataDir: string, work: (sql: Sql) => Promise<T>): Promise<T> {
  const db = await PGlite.create({ dataDir });
  try {
    return await work(async <R extends Record<string, unknown>>(text: string) => (await db.query<R>(text)).rows);
  } finally {
    await db.close();
  }
}

/** A signed agreement's sign-off as the region's gateway serves it to its Regional Director. */
export async function signOffThroughGateway(
  gatewayUrl: string,
  region: RegionCode,
  agreementId: string,
): Promise<unknown> {
  const token = await issueToken(TEST_AUTH_SECRET, developmentUser('rd', region, '00CG')!, 600);
  const response = await postGraphql<{ agreement: unknown }>(
    gatewayUrl,
    `query ($id: ID!) { agreement(id: $id) { stage signOff { stage version
      steps { stage takenBy role reason takenAt synthetic }
      signedVersions { number signedBy targets { targetId version indicatorCode levels } }
      history { kind stage by role reason summary } } } }`,
    { id: agreementId },
    token,
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.agreement;
}
