import { pgClientConfig } from '@laa/database';
import { developmentUsers } from '@laa/identity';
import { readIndicators } from '@laa/reference-data';
import { startTestRegion } from '@laa/platform/testing';
import { TestRegion } from '@laa/testing';
import { Client } from 'pg';
import { as, evidencePeople, HEADER, uploadCsv } from './testing/evidence-people';

// Trends and benchmarks are derived when the figures change and read from evidence.derived_*; an indicator whose
// figures changed since is computed on the fly. Each test compares the derived answer with the on-the-fly one
// (every indicator marked due by hand, which is what a write the derivation has not caught up with leaves).

const REGION = 'E12000003';
const SHEFFIELD = '00CG';
const people = evidencePeople(REGION, SHEFFIELD, '00CC');
const SOURCE = 'Derived evidence test statistics';
/** A shared two-core machine under other engineers' load: reads of whole profiles and derivations take a while. */
const SLOW = 180_000;
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion(REGION);
}, 600_000);
afterAll(() => region?.stop());

async function sql<R>(text: string, params: unknown[] = []): Promise<R[]> {
  const client = new Client(pgClientConfig(region.databaseConnection));
  await client.connect();
  try {
    return (await client.query(text, params)).rows as R[];
  } finally {
    await client.end();
  }
}

const BENCHMARK =
  'period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile similarAreas { rank neighbourCode distance value } derivedAsOf';
const TREND = 'direction slopePerYear relativeChangePerYear pointsUsed projection { period value } derivedAsOf';
const PROFILE = `query ($a: String!) { area(code: $a) { evidenceProfile { indicator { code } trend { ${TREND} } benchmark { ${BENCHMARK} } } } }`;
const ONE = `query ($a: String!, $i: String!) { area(code: $a) { indicatorEvidence(indicator: $i) { series { period value } trend { ${TREND} } benchmark { ${BENCHMARK} } } } }`;

type Derived = { derivedAsOf: string | null };
type Evidence = {
  indicator?: { code: string };
  series?: { period: string; value: number | null }[];
  trend: Derived;
  benchmark: (Derived & { period: string; value: number | null; areasRanked: number }) | null;
};

const profileOf = async (area: string) =>
  (await as<{ area: { evidenceProfile: Evidence[] } }>(region, null, PROFILE, { a: area })).data!.area.evidenceProfile;
const evidenceOf = async (area: string, indicator: string) =>
  (await as<{ area: { indicatorEvidence: Evidence } }>(region, null, ONE, { a: area, i: indicator })).data!.area
    .indicatorEvidence;

/** The answer without its derivedAsOf stamps, to compare derived with computed. */
const unstamped = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v) => (key === 'derivedAsOf' ? undefined : v)));

/** An import's derivation runs right after its answer: waits (up to a minute) until nothing is marked due. */
async function derivationsDone(): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    if ((await sql('SELECT 1 FROM evidence.derivation_due')).length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`still due: ${JSON.stringify(await sql('SELECT indicator_code FROM evidence.derivation_due'))}`);
}

/** Runs `read` with every indicator marked due (so computed on the fly), then clears the mark (nothing changed meanwhile). */
async function onTheFly<T>(read: () => Promise<T>): Promise<T> {
  await sql(
    `INSERT INTO evidence.derivation_due (indicator_code, generation) VALUES ('*', nextval('evidence.derivation_generation'))`,
  );
  try {
    return await read();
  } finally {
    await sql(`DELETE FROM evidence.derivation_due WHERE indicator_code = '*'`);
  }
}

describe('evidence derived once, read cheaply', () => {
  it(
    "reads every trend and benchmark of two areas' profiles as derived, equal to computing them on the fly",
    async () => {
      expect(await sql('SELECT indicator_code FROM evidence.derivation_due')).toEqual([]);
      for (const area of [SHEFFIELD, '00CC']) {
        const derived = await profileOf(area);
        const withFigures = derived.filter((e) => e.benchmark);
        expect(withFigures.length).toBeGreaterThan(100);
        expect(withFigures.every((e) => e.benchmark!.derivedAsOf && e.trend.derivedAsOf)).toBe(true);
        const computed = await onTheFly(() => profileOf(area));
        expect(computed.every((e) => e.trend.derivedAsOf === null && (e.benchmark?.derivedAsOf ?? null) === null)).toBe(
          true,
        );
        expect(unstamped(derived)).toEqual(unstamped(computed));
      }
    },
    SLOW,
  );

  it(
    'reads a whole profile ahead, answering as each of its indicators read on its own',
    async () => {
      const FULL = `indicator { code title polarity } series { period value provisional rival unresolved } trend { ${TREND} } baseline { status period value } benchmark { ${BENCHMARK} }`;
      type Full = Evidence & { indicator: { code: string } };
      const profile = (
        await as<{ area: { evidenceProfile: Full[] } }>(
          region,
          null,
          `query ($a: String!) { area(code: $a) { evidenceProfile { ${FULL} } } }`,
          { a: SHEFFIELD },
        )
      ).data!.area.evidenceProfile;
      const sample = [profile[0], profile.find((e) => !e.benchmark), profile.at(-1)].filter((e) => e !== undefined);
      expect(sample.length).toBe(3);
      for (const evidence of sample) {
        const alone = await as<{ area: { indicatorEvidence: Full } }>(
          region,
          null,
          `query ($a: String!, $i: String!) { area(code: $a) { indicatorEvidence(indicator: $i) { ${FULL} } } }`,
          { a: SHEFFIELD, i: evidence.indicator.code },
        );
        expect(alone.data!.area.indicatorEvidence).toEqual(evidence);
      }
      // A period asked is not the default one read ahead: each indicator's benchmark is of that period.
      const earlier = profile[0].series!.find((f) => f.value !== null)!.period;
      const ofPeriod = (
        await as<{ area: { evidenceProfile: Full[] } }>(
          region,
          null,
          `query ($a: String!, $p: String) { area(code: $a) { evidenceProfile { indicator { code } benchmark(period: $p) { ${BENCHMARK} } } } }`,
          { a: SHEFFIELD, p: earlier },
        )
      ).data!.area.evidenceProfile;
      expect(ofPeriod[0].benchmark).toMatchObject({ period: earlier });
      expect(ofPeriod[0].benchmark).not.toEqual(profile[0].benchmark);
    },
    SLOW,
  );

  it(
    'derives a benchmark on an earlier period, and computes one on a period the area has no figure for',
    async () => {
      const series = (await evidenceOf(SHEFFIELD, 'NI116')).series!;
      const earlier = series.find((f) => f.value !== null)!.period;
      const query = `query ($a: String!, $i: String!, $p: String) { area(code: $a) { indicatorEvidence(indicator: $i) { benchmark(period: $p) { ${BENCHMARK} } } } }`;
      const at = async (period: string) =>
        (
          await as<{ area: { indicatorEvidence: Evidence } }>(region, null, query, {
            a: SHEFFIELD,
            i: 'NI116',
            p: period,
          })
        ).data!.area.indicatorEvidence.benchmark!;
      const derived = await at(earlier);
      expect(derived.derivedAsOf).not.toBeNull();
      expect(unstamped(derived)).toEqual(unstamped(await onTheFly(() => at(earlier))));
      expect(await at('1999/00')).toMatchObject({ period: '1999/00', value: null, derivedAsOf: null });
    },
    SLOW,
  );

  it(
    'derives an indicator again in the transaction that chooses one of its figures of record',
    async () => {
      const latest = (await evidenceOf(SHEFFIELD, 'NI8')).series!.filter((f) => f.value !== null).at(-1)!;
      const rival = (latest.value as number) + 5;
      const csv = [HEADER, `NI8,${SHEFFIELD},${latest.period},${rival},,,,,Active People survey,2009-11-01,false`].join(
        '\n',
      );
      expect((await uploadCsv(region, people.goAnalyst, csv)).data?.inserted).toBe(1);
      await derivationsDone();
      // Unresolved rival data has no value of record: Sheffield is left out of the period's benchmark until one is chosen.
      const leeds = async () =>
        (
          await as<{ area: { indicatorEvidence: Evidence } }>(
            region,
            null,
            `{ area(code: "00DA") { indicatorEvidence(indicator: "NI8") { benchmark(period: "${latest.period}") { ${BENCHMARK} } } } }`,
          )
        ).data!.area.indicatorEvidence.benchmark!;
      const before = await leeds();
      expect(before.derivedAsOf).not.toBeNull();
      const chosen = await as(
        region,
        people.goAnalyst,
        'mutation ($input: FigureOfRecordInput!) { chooseFigureOfRecord(input: $input) { value } }',
        {
          input: {
            indicator: 'NI8',
            area: SHEFFIELD,
            period: latest.period,
            source: 'Active People survey',
            reason: 'The survey is the agreed source',
          },
        },
      );
      expect(chosen.errors).toBeUndefined();
      expect(await sql('SELECT indicator_code FROM evidence.derivation_due')).toEqual([]);
      const after = await leeds();
      expect(new Date(after.derivedAsOf!).getTime()).toBeGreaterThan(new Date(before.derivedAsOf!).getTime());
      expect(after.areasRanked).toBe(before.areasRanked + 1);
      expect(unstamped(after)).toEqual(unstamped(await onTheFly(leeds)));
      const own = await evidenceOf(SHEFFIELD, 'NI8');
      expect(own.benchmark).toMatchObject({ period: latest.period, value: rival });
      expect(own.benchmark!.derivedAsOf).not.toBeNull();
    },
    SLOW,
  );

  it(
    'derives what an import changed right after its answer',
    async () => {
      const before = await evidenceOf(SHEFFIELD, 'NI116');
      const latest = before.series!.filter((f) => f.value !== null).at(-1)!;
      // A year after the demo evidence's last, from one source: Sheffield's new latest figure, and a new point of its trend.
      const csv = [
        HEADER,
        `NI116,${SHEFFIELD},2008/09,${(latest.value as number) + 3},,,,,${SOURCE},2010-01-01,false`,
      ].join('\n');
      expect((await uploadCsv(region, people.goAnalyst, csv)).data?.inserted).toBe(1);
      await derivationsDone();
      const after = await evidenceOf(SHEFFIELD, 'NI116');
      expect(after.benchmark).toMatchObject({ period: '2008/09', value: (latest.value as number) + 3, areasRanked: 1 });
      expect(after.benchmark!.derivedAsOf).not.toBeNull();
      expect(after.trend.derivedAsOf).not.toBeNull();
      expect(unstamped(after)).toEqual(unstamped(await onTheFly(() => evidenceOf(SHEFFIELD, 'NI116'))));
      expect(unstamped(after.trend)).not.toEqual(unstamped(before.trend));
    },
    SLOW,
  );

  it(
    'never reads a derived figure its observations changed under: a write outside the import is computed on the fly',
    async () => {
      const latest = (await evidenceOf('00CC', 'NI115')).series!.filter((f) => f.value !== null).at(-1)!;
      await sql(
        `UPDATE evidence.observation SET value = value + 7 WHERE indicator_code = 'NI115' AND area_code = '00CC' AND period = $1 AND superseded_at IS NULL`,
        [latest.period],
      );
      expect(await sql(`SELECT indicator_code FROM evidence.derivation_due`)).toEqual([{ indicator_code: 'NI115' }]);
      const after = await evidenceOf('00CC', 'NI115');
      expect(after.benchmark).toMatchObject({ value: (latest.value as number) + 7, derivedAsOf: null });
      expect(after.trend.derivedAsOf).toBeNull();
      // Other indicators stay derived.
      expect((await evidenceOf('00CC', 'NI116')).benchmark!.derivedAsOf).not.toBeNull();
    },
    SLOW,
  );

  it(
    "judges a target's stretch on the derived benchmark as on England's figures read on the fly",
    async () => {
      const rm = await region.tokenFor(developmentUsers(REGION, SHEFFIELD)[0]);
      const { data } = await region.query<{
        areas: { code: string; agreement: { id: string; targets: { id: string }[] } | null }[];
      }>('{ areas { code agreement { id targets { id } } } }', { token: rm });
      const draft = data!.areas.find((a) => a.agreement && a.agreement.targets.length === 0 && a.code !== '00CC')!;
      const indicator = readIndicators().find(
        (i) => i.polarity && !i.statutoryDcsf && !i.withdrawn && i.code !== 'NI115',
      )!;
      const baseline = (await evidenceOf(draft.code, indicator.code)).series!.filter((f) => f.value !== null).at(-1)!
        .value as number;
      const better = indicator.polarity === 'HIGHER_IS_BETTER' ? 1 : -1;
      const added = await region.query('mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }', {
        token: rm,
        variables: {
          input: {
            agreementId: draft.agreement!.id,
            kind: 'DESIGNATED',
            indicatorCode: indicator.code,
            levels: [1, 2, 3].map((step) => baseline + step * better),
            baselineFromEvidence: true,
            baselineDueBy: '2008-09-30',
          },
        },
      });
      expect(added.errors).toBeUndefined();
      const query = `query ($id: ID!) { agreement(id: $id) { targets { stretch { judgement belowTrend strongPerformer strongPerformerWithoutLocalReason summary
      years { period level projected beyondTrend belowTrend } trend { direction projection { period value } }
      benchmark { period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile similarAreas { neighbourCode } derivedAsOf }
      comparison { period level englandAverage similarAreasAverage topQuartileThreshold beatsEnglandAverage beatsSimilarAreas reachesTopQuartile } } } } }`;
      const stretch = async () => {
        const answer = await region.query<{ agreement: { targets: { stretch: { benchmark: Derived | null } }[] } }>(
          query,
          { token: rm, variables: { id: draft.agreement!.id } },
        );
        expect(answer.errors).toBeUndefined();
        return answer.data!.agreement.targets[0].stretch;
      };
      const derived = await stretch();
      expect(derived.benchmark?.derivedAsOf).toBeTruthy();
      const computed = await onTheFly(stretch);
      expect(computed.benchmark?.derivedAsOf).toBeNull();
      expect(unstamped(derived)).toEqual(unstamped(computed));
    },
    SLOW,
  );
});
