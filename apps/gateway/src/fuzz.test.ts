import { seededRandom } from '@laa/demo-data';
import { developmentUsers } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

const REGION = 'E12000003';
let region: TestRegion;
let token: string;

beforeAll(async () => {
  region = await startTestRegion(REGION);
  token = await region.tokenFor(developmentUsers(REGION, '00CG')[0]);
});
afterAll(() => region?.stop());

const VALID = [
  '{ areas { code name agreement { stage targets { id levels indicator { code title } } } } }',
  'query ($code: String!) { area(code: $code) { name partnership { members { organisation } } } }',
  'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version } }',
  'mutation ($id: ID!) { rotateApiCredential(id: $id) { secret } }',
  'query ($theme: Theme) { indicators(theme: $theme) { code polarity } }',
];
const ODD_VALUES: unknown[] = [
  null,
  '',
  'x'.repeat(5000),
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER,
  3.5,
  true,
  [],
  [[[]]],
  {},
  { __proto__: { polluted: 1 } },
  { targetId: 'not-a-uuid', expectedVersion: 'one', levels: 'high' },
  { targetId: null },
  '\u0000\uffff',
  "'; DROP TABLE target; --",
  { targetId: '00000000-0000-0000-0000-000000000000', expectedVersion: 1, levels: [1, 2, 3] },
];

/** Deterministic malformed requests: broken documents, wrong variables and odd bodies. */
function fuzzCases(count: number): string[] {
  const random = seededRandom('gateway-fuzz');
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const mangle = (text: string) => {
    const chars = [...text];
    for (let edits = 1 + Math.floor(random() * 4); edits > 0; edits--) {
      const at = Math.floor(random() * chars.length);
      const choice = random();
      if (choice < 0.4) chars.splice(at, 1);
      else if (choice < 0.7)
        chars.splice(at, 0, pick(['{', '}', '(', ')', '$', '"', '\\', '@', '...', ':', '#', '\n']));
      else chars.splice(at, 0, ...chars.slice(at, at + Math.floor(random() * 20)));
    }
    return chars.join('');
  };
  return Array.from({ length: count }, () => {
    const shape = random();
    const query = random() < 0.6 ? mangle(pick(VALID)) : pick(VALID);
    if (shape < 0.1)
      return pick([
        '[]',
        'null',
        '42',
        '"query"',
        '{"query": 7}',
        '{"query": null}',
        '{"variables": "x"}',
        '{}',
        '{"query": "{ region { code } }", "operationName": 5}',
      ]);
    const variables =
      random() < 0.2
        ? pick(ODD_VALUES)
        : { code: pick(ODD_VALUES), input: pick(ODD_VALUES), id: pick(ODD_VALUES), theme: pick(ODD_VALUES) };
    return JSON.stringify({ query, variables, operationName: random() < 0.1 ? 'Nope' : undefined });
  });
}

describe('fuzzing the gateway with malformed operations and variables', () => {
  it('never crashes, never answers 5xx, never shows a stack trace', async () => {
    const outcomes = new Map<number, number>();
    for (const body of fuzzCases(400)) {
      const response = await fetch(region.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const text = await response.text();
      outcomes.set(response.status, (outcomes.get(response.status) ?? 0) + 1);
      expect({ body, status: response.status }).toEqual({ body, status: expect.any(Number) });
      expect({ body, serverError: response.status >= 500 }).toEqual({ body, serverError: false });
      expect(text).not.toMatch(/stacktrace|at [\w.<>]+ \(.*:\d+:\d+\)|<html/i);
      const parsed = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      for (const error of parsed.errors ?? []) expect(typeof error.extensions?.code).toBe('string');
    }
    // The gateway is still healthy afterwards, and the cases reached both success and refusal.
    expect((await region.query('{ region { code } }')).data).toEqual({ region: { code: REGION } });
    expect([...outcomes.keys()].some((status) => status >= 400)).toBe(true);
  });
});
