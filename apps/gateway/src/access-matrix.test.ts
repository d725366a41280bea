import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { MATRIX_CALLERS } from './access/callers';
import { PreparedMatrix, prepareMatrix } from './access/fixture';
import { ACCESS_MATRIX } from './access/matrix';
import { withAccessMatrix } from './access/render';

const REGION = 'E12000003';
const ACCESS_DOC = join(__dirname, '..', '..', '..', 'docs', 'ACCESS.md');
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'OPERATION_NOT_SAFELISTED']);

let region: TestRegion;
let matrix: PreparedMatrix;

beforeAll(async () => {
  region = await startTestRegion(REGION);
  matrix = await prepareMatrix(region, REGION);
});
afterAll(() => region?.stop());

describe('the access matrix (docs/ACCESS.md)', () => {
  it('covers every query and mutation of the public API', async () => {
    const { data } = await region.query<{
      __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
    }>('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const operations = [...data!.__schema.queryType.fields, ...data!.__schema.mutationType.fields].map((f) => f.name);
    const covered = new Set(ACCESS_MATRIX.map((entry) => entry.operation.split('.')[0]));
    expect(operations.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('is what docs/ACCESS.md shows (else run `npm run access-doc`)', () => {
    const document = readFileSync(ACCESS_DOC, 'utf8');
    expect(document).toBe(withAccessMatrix(document));
  });

  describe.each(ACCESS_MATRIX.map((entry) => [entry.operation, entry] as const))('%s', (_operation, entry) => {
    it.each(MATRIX_CALLERS.map((caller) => [caller, entry.allowed.has(caller) ? 'allowed' : 'refused'] as const))(
      'as %s: %s',
      async (caller, expected) => {
        const response = await region.query(entry.document, {
          variables: entry.variables?.(matrix.fixture),
          token: await matrix.tokenOf(caller),
        });
        const codes = (response.errors ?? []).map((e) => String(e.extensions?.code));
        if (expected === 'refused') {
          expect(codes.some((code) => REFUSALS.has(code))).toBe(true);
        } else {
          expect(codes.filter((code) => !(entry.tolerated ?? []).includes(code))).toEqual([]);
        }
      },
    );
  });
});
