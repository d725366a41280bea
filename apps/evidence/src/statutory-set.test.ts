import { developmentUser } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';

const REGION = 'E12000002';
let region: TestRegion;
beforeAll(async () => {
  region = await startTestRegion(REGION, { seedDemo: false });
});
afterAll(() => region?.stop());

type Membership = {
  from: string;
  to: string | null;
  status: string;
  reason: string;
  indicator: { code: string; title: string | null; titleStatus: string };
};
const SET = `query ($on: String) { statutorySet(on: $on) { from to status reason indicator { code title titleStatus } } }`;
const setOn = async (on?: string) =>
  (await region.query<{ statutorySet: Membership[] }>(SET, { variables: { on } })).data!.statutorySet;

describe('the statutory DCSF set, effective-dated and shown as inferred', () => {
  it('has none before the 2008 round, sixteen from 1 April 2008 and twelve from 31 December 2008', async () => {
    expect(await setOn('2008-03-31')).toEqual([]);
    const at2008 = await setOn('2008-04-01');
    expect(at2008.map((m) => m.indicator.code)).toEqual([
      'NI72',
      'NI73',
      'NI74',
      'NI75',
      'NI83',
      'NI87',
      'NI92',
      'NI93',
      'NI94',
      'NI95',
      'NI96',
      'NI97',
      'NI98',
      'NI99',
      'NI100',
      'NI101',
    ]);
    expect(at2008.every((m) => m.status === 'INFERRED' && m.reason.includes('SOURCES.md 1b'))).toBe(true);
    expect(at2008.find((m) => m.indicator.code === 'NI74')).toMatchObject({
      from: '2008-04-01',
      to: '2008-12-31',
      reason: expect.stringContaining('SI 2008/3086'),
    });
    const after = (await setOn('2008-12-31')).map((m) => m.indicator.code);
    expect(after).toHaveLength(12);
    expect(after).not.toEqual(expect.arrayContaining(['NI74']));
    expect((await setOn()).map((m) => m.indicator.code)).toEqual(after);
  });

  it('gives every reference value of an indicator its status', async () => {
    const { data } = await region.query<{ indicator: Record<string, string> }>(
      '{ indicator(code: "NI74") { titleStatus themeStatus handbookAnnexStatus departmentStatus polarityStatus statutoryDcsfStatus outcomeGroupStatus } }',
    );
    expect(data!.indicator).toEqual({
      titleStatus: 'UNVERIFIED',
      themeStatus: 'INFERRED',
      handbookAnnexStatus: 'INFERRED',
      departmentStatus: 'MISSING',
      polarityStatus: 'MISSING',
      statutoryDcsfStatus: 'INFERRED',
      outcomeGroupStatus: 'UNVERIFIED',
    });
  });

  it('refuses a day that is not a date', async () => {
    const { errors } = await region.query(SET, { variables: { on: '31/12/2008' } });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const CORRECT = `mutation ($input: CorrectIndicatorInput!) { correctIndicator(input: $input) {
  recorded agreementsUpdated correction { field value source effectiveFrom correctedBy }
  indicator { code title titleStatus polarity polarityStatus statutoryDcsf statutoryDcsfStatus revision sources
    revisions { revision changedFields source effectiveFrom recordedBy origin } statutoryMemberships { from to status reason } } } }`;

type Corrected = {
  recorded: boolean;
  agreementsUpdated: boolean | null;
  correction: { field: string; value: string; source: string; effectiveFrom: string; correctedBy: string };
  indicator: {
    code: string;
    title: string;
    titleStatus: string;
    polarity: string | null;
    polarityStatus: string;
    statutoryDcsf: boolean;
    statutoryDcsfStatus: string;
    revision: number;
    sources: string[];
    revisions: {
      revision: number;
      changedFields: string[];
      source: string | null;
      effectiveFrom: string | null;
      recordedBy: string | null;
      origin: string;
    }[];
    statutoryMemberships: { from: string; to: string | null; status: string; reason: string }[];
  };
};

describe("a national data steward's correction", () => {
  const steward = developmentUser('steward', REGION, '00BN')!;
  const correct = async (input: Record<string, unknown>, user = steward) =>
    region.query<{ correctIndicator: Corrected }>(CORRECT, {
      token: await region.tokenFor(user),
      variables: { input },
    });

  it("is the steward's alone: a relationship manager, a Minister and the public are refused", async () => {
    const input = {
      indicator: 'NI2',
      title: 'Percentage of people who feel that they belong to their neighbourhood',
      source: 'Handbook of Definitions, p. 12',
      effectiveFrom: '2008-04-01',
    };
    for (const key of ['rm', 'minister', 'analyst']) {
      expect((await correct(input, developmentUser(key, REGION, '00BN'))).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await region.query(CORRECT, { variables: { input } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('needs a source, a date, and exactly one field', async () => {
    const base = { indicator: 'NI2', effectiveFrom: '2008-04-01' };
    expect((await correct({ ...base, title: 'X', source: '   ' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await correct({ ...base, title: 'X', source: '' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await correct({ ...base, source: 'a letter' })).errors?.[0].message).toMatch(
      /exactly one of title, department, polarity or statutoryDcsf/,
    );
    expect(
      (await correct({ ...base, title: 'X', polarity: 'HIGHER_IS_BETTER', source: 'a letter' })).errors?.[0].extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await correct({ ...base, title: 'X', source: 'a letter', effectiveFrom: '2008-02-30' })).errors?.[0].extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await correct({ ...base, polarity: 'HIGHER_IS_BETTER', source: 'a letter', effectiveFrom: '2999-01-01' }))
        .errors?.[0].message,
    ).toMatch(/not after today/);
    expect(
      (await correct({ ...base, indicator: 'NI999', title: 'X', source: 'a letter' })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('corrects a title with its source, shown SOURCED, kept as a revision with the source, date and who', async () => {
    const title = 'Percentage of people who feel that they belong to their neighbourhood';
    const { data, errors } = await correct({
      indicator: 'NI 2',
      title,
      source: 'Handbook of Definitions, p. 12',
      effectiveFrom: '2008-04-01',
    });
    expect(errors).toBeUndefined();
    const result = data!.correctIndicator;
    expect(result).toMatchObject({
      recorded: true,
      agreementsUpdated: null,
      correction: { field: 'TITLE', value: title, correctedBy: 'Demo CLG Data Steward (steward-clg)' },
    });
    expect(result.indicator).toMatchObject({ code: 'NI2', title, titleStatus: 'SOURCED', revision: 2 });
    expect(result.indicator.sources).toContain(
      "title (steward's correction from 2008-04-01): Handbook of Definitions, p. 12",
    );
    expect(result.indicator.revisions[0]).toMatchObject({
      revision: 2,
      changedFields: ['title', 'titleStatus', 'sources'],
      source: 'Handbook of Definitions, p. 12',
      effectiveFrom: '2008-04-01',
      recordedBy: 'Demo CLG Data Steward (steward-clg)',
    });
    expect(result.indicator.revisions[1]).toMatchObject({
      revision: 1,
      origin: 'national_indicators.csv',
      source: null,
    });

    const again = await correct({
      indicator: 'NI2',
      title,
      source: 'Handbook of Definitions, p. 12',
      effectiveFrom: '2008-04-01',
    });
    expect(again.data!.correctIndicator).toMatchObject({ recorded: false, indicator: { revision: 2 } });
  });

  it('corrects a polarity the file lacks, which is then SOURCED', async () => {
    const { data } = await correct({
      indicator: 'NI73',
      polarity: 'HIGHER_IS_BETTER',
      source: 'DCSF target-setting guidance 2008',
      effectiveFrom: '2008-04-01',
    });
    expect(data!.correctIndicator.indicator).toMatchObject({ polarity: 'HIGHER_IS_BETTER', polarityStatus: 'SOURCED' });
  });

  it("adds an indicator to the statutory set from a later date, and the region's agreements hold it from then", async () => {
    const { data, errors } = await correct({
      indicator: 'NI102',
      statutoryDcsf: true,
      source: 'DCSF letter to local authorities, March 2009',
      effectiveFrom: '2009-04-01',
    });
    expect(errors).toBeUndefined();
    expect(data!.correctIndicator).toMatchObject({ recorded: true, agreementsUpdated: true });
    expect(data!.correctIndicator.indicator).toMatchObject({ statutoryDcsf: true, statutoryDcsfStatus: 'SOURCED' });
    expect(data!.correctIndicator.indicator.statutoryMemberships).toEqual([
      {
        from: '2009-04-01',
        to: null,
        status: 'SOURCED',
        reason: 'Corrected by the national data steward from 2009-04-01: DCSF letter to local authorities, March 2009',
      },
    ]);
    expect((await setOn('2009-03-31')).map((m) => m.indicator.code)).not.toContain('NI102');
    expect((await setOn('2009-04-01')).find((m) => m.indicator.code === 'NI102')).toMatchObject({ status: 'SOURCED' });

    const rm = await region.tokenFor(developmentUser('rm', REGION, '00BN')!);
    const opened = await region.query<{ openAgreement: { id: string } }>(
      'mutation { openAgreement(areaCode: "00BN") { id } }',
      { token: rm },
    );
    expect(opened.errors).toBeUndefined();
    const missing = await region.query<{ agreement: { before: string[]; after: string[] } }>(
      'query ($id: ID!) { agreement(id: $id) { before: missingStatutoryIndicators(on: "2009-03-31") after: missingStatutoryIndicators(on: "2009-04-01") } }',
      { token: rm, variables: { id: opened.data!.openAgreement.id } },
    );
    expect(missing.data!.agreement.before).not.toContain('NI102');
    expect(missing.data!.agreement.after).toContain('NI102');
    const statutoryTarget = await region.query<{ addTarget: { kind: string } }>(
      'mutation ($input: AddTargetInput!) { addTarget(input: $input) { kind } }',
      {
        token: rm,
        variables: {
          input: {
            agreementId: opened.data!.openAgreement.id,
            kind: 'STATUTORY_DCSF',
            indicatorCode: 'NI102',
            levels: [58, 57, 56],
            baseline: { value: 59, period: '2007/08', source: 'Test', provisional: false },
          },
        },
      },
    );
    expect(statutoryTarget.errors).toBeUndefined();
    expect(statutoryTarget.data!.addTarget.kind).toBe('STATUTORY_DCSF');
  });

  it("reaches agreements only from evidence: the gateway does not serve the copy's mutation, and agreements refuses anyone else", async () => {
    const hold = 'mutation { holdStatutoryMemberships(input: { indicatorCode: "NI72", memberships: [] }) }';
    const token = await region.tokenFor(steward);
    expect((await region.query(hold, { token })).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await region.query(hold, { token, subgraph: 'agreements' })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('takes an indicator out of the set from its date, keeping it for the days before', async () => {
    const { data } = await correct({
      indicator: 'NI87',
      statutoryDcsf: false,
      source: 'SI 2009/1234 (test)',
      effectiveFrom: '2010-04-01',
    });
    expect(data!.correctIndicator.indicator.statutoryMemberships).toEqual([
      expect.objectContaining({ from: '2008-04-01', to: '2010-04-01', status: 'INFERRED' }),
    ]);
    expect((await setOn('2010-03-31')).map((m) => m.indicator.code)).toContain('NI87');
    expect((await setOn('2010-04-01')).map((m) => m.indicator.code)).not.toContain('NI87');
  });
});
