import { SubgraphName } from '@laa/config';
import { DatabaseConnection } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { DevelopmentUser } from '@laa/identity';

export const TEST_AUTH_SECRET = 'test-secret-for-the-region-harness-only-0123456789';

export interface GraphqlResponse<D = Record<string, unknown>> {
  status: number;
  data?: D;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * A running region as tests reach it: what apps/platform's `startRegion` gives (RunningRegion), said here because a
 * library never imports an application. The platform's harness (`@laa/platform/testing`) starts one.
 */
export interface RegionEndpoints {
  region: RegionCode;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  database: string;
  databaseConnection: DatabaseConnection;
  stop(): Promise<void>;
}

export interface TestRegion extends RegionEndpoints {
  databaseKind: 'server' | 'embedded';
  tokenFor(user: DevelopmentUser, ttlSeconds?: number): Promise<string>;
  /** Posts an operation to the region's gateway (or to one subgraph). */
  query<D = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; subgraph?: SubgraphName },
  ): Promise<GraphqlResponse<D>>;
}

export async function postGraphql<D>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<D>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<D>, 'status'>) };
}
