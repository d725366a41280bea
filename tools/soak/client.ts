import { Tally } from './tally';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface Answer<D> {
  status: number;
  data?: D;
  errors?: GraphqlError[];
}

/** How long one request may take before the harness counts it as never answered. */
export const ANSWER_WITHIN_MS = 30_000;

/**
 * Posts one operation to a regional gateway and tallies how it ended: answered, refused (by code), a 5xx, an
 * internal error, or no answer in time. A connection refused while a fault is being injected is tallied apart.
 */
export async function post<D>(
  tally: Tally,
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<Answer<D>> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    const body = (await response.json()) as Omit<Answer<D>, 'status'>;
    const answer = { status: response.status, ...body };
    tally.answered(
      answer.status,
      codesOf(answer),
      performance.now() - started,
      `${query.slice(0, 60).replace(/\s+/g, ' ')} -> ${answer.errors?.[0]?.message ?? ''}`,
    );
    return answer;
  } catch (error) {
    tally.unanswered(error instanceof Error ? error : new Error(String(error)));
    return { status: 0, errors: [{ message: String(error), extensions: { code: 'NO_ANSWER' } }] };
  }
}

export const codesOf = (answer: { errors?: GraphqlError[] }): string[] =>
  (answer.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
