import { REQUEST_TIMEOUT_MS } from './config';

interface GraphqlBody<D> {
  data?: D | null;
  errors?: { message: string }[];
}

/** Who calls, and a signal that cancels the call when the benchmark is interrupted. */
export interface Caller {
  token: string;
  signal: AbortSignal;
}

/** Posts one operation and returns its data; any HTTP or GraphQL error, or no data, throws. */
export async function postGraphql<D>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  caller: Caller,
): Promise<D> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${caller.token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.any([caller.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
  });
  const body = (await response.json()) as GraphqlBody<D>;
  if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
  if (response.status !== 200 || !body.data) throw new Error(`${url}: HTTP ${response.status} without data`);
  return body.data;
}
