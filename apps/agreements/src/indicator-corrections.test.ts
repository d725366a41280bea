import { developmentUser, developmentUsers } from '@laa/identity';
import { readAreas } from '@laa/reference-data';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { ADD_TARGET, baseline } from './testing/drafting';

const REGION = 'E12000004';
const AREA = readAreas().find((a) => a.regionCode === REGION)!.code;
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: false });
});
afterAll(() => region?.stop());

const CORRECT = `mutation ($input: CorrectIndicatorInput!) { correctIndicator(input: $input) { recorded agreementsUpdated } }`;
const SET_LEVELS = `mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { version levels directionBasis } }`;
const READ = `query ($id: ID!) { agreement(id: $id) { targets { id version directionBasis }
  coverage { departments { department indicatorCodes inferred } } } }`;

type Read = {
  agreement: {
    targets: { id: string; version: number; directionBasis: string }[];
    coverage: { departments: { department: string; indicatorCodes: string[]; inferred: boolean }[] };
  };
};
type Response = { errors?: { extensions?: Record<string, unknown> }[] };
const rule = (response: Response) => response.errors?.[0]?.extensions?.rule ?? null;

const rm = developmentUsers(REGION, AREA).find((u) => u.id.startsWith('rm-'))!;
const steward = developmentUser('steward', REGION, AREA)!;

async function correct(input: Record<string, unknown>) {
  const { data, errors } = await region.query<{ correctIndicator: { recorded: boolean; agreementsUpdated: boolean } }>(
    CORRECT,
    { token: await region.tokenFor(steward), variables: { input: { indicator: 'NI2', ...input } } },
  );
  expect(errors).toBeUndefined();
  return data!.correctIndicator;
}

describe("a data steward's correction reaches agreements' rules", () => {
  it('the levels check on a target of NI2 follows a correction of its polarity, and coverage one of its department', async () => {
    const token = await region.tokenFor(rm);
    const opened = await region.query<{ openAgreement: { id: string } }>(
      'mutation ($a: ID!) { openAgreement(areaCode: $a) { id } }',
      { token, variables: { a: AREA } },
    );
    const agreementId = opened.data!.openAgreement.id;
    const added = await region.query<{ addTarget: { id: string } }>(ADD_TARGET, {
      token,
      variables: { input: { agreementId, kind: 'DESIGNATED', indicatorCode: 'NI2', baseline: baseline(50) } },
    });
    expect(added.errors).toBeUndefined();
    const read = async () =>
      (await region.query<Read>(READ, { token, variables: { id: agreementId } })).data!.agreement;
    const setLevels = async (levels: number[]) => {
      const { id, version } = (await read()).targets[0];
      return region.query(SET_LEVELS, {
        token,
        variables: { input: { targetId: id, expectedVersion: version, levels } },
      });
    };

    // The file gives NI2 no polarity: levels wait for a stated direction.
    expect((await read()).targets[0].directionBasis).toBe('UNKNOWN');
    expect(rule(await setLevels([51, 52, 53]))).toBe('DIRECTION_NEEDED');

    const polarity = {
      polarity: 'LOWER_IS_BETTER',
      source: 'Handbook of Definitions (test)',
      effectiveFrom: '2008-04-01',
    };
    expect(await correct(polarity)).toEqual({ recorded: true, agreementsUpdated: true });
    expect((await read()).targets[0].directionBasis).toBe('INDICATOR_POLARITY');
    expect(rule(await setLevels([51, 52, 53]))).toBe('LEVELS_DIRECTION');
    expect((await setLevels([49, 48, 47])).errors).toBeUndefined();

    // A later correction wins from its date; sending one again holds it once.
    const reversed = { polarity: 'HIGHER_IS_BETTER', source: 'Corrigendum (test)', effectiveFrom: '2008-06-01' };
    expect(await correct(reversed)).toEqual({ recorded: true, agreementsUpdated: true });
    expect(await correct(reversed)).toEqual({ recorded: false, agreementsUpdated: true });
    expect(rule(await setLevels([49, 48, 46]))).toBe('LEVELS_DIRECTION');
    expect((await setLevels([51, 52, 53])).errors).toBeUndefined();

    const before = (await read()).coverage.departments.find((d) => d.indicatorCodes.includes('NI2'));
    expect(before).toMatchObject({ department: 'HOME_OFFICE', inferred: true });
    const department = { department: 'CLG', source: 'Handbook of Definitions (test)', effectiveFrom: '2008-04-01' };
    expect(await correct(department)).toEqual({ recorded: true, agreementsUpdated: true });
    expect((await read()).coverage.departments).toContainEqual({
      department: 'CLG',
      indicatorCodes: ['NI2'],
      inferred: false,
    });
  });

  it('is taken only from evidence: the gateway does not serve the operation', async () => {
    const { errors } = await region.query(
      'mutation { holdIndicatorCorrections(input: { indicatorCode: "NI2", corrections: [] }) }',
      { token: await region.tokenFor(steward) },
    );
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
