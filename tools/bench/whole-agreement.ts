import 'reflect-metadata';
import { statementCounter } from '@laa/database';
import { developmentUsers, issueToken } from '@laa/identity';
import { availableParallelism } from 'node:os';
import { startBenchRegion } from './bench-region';
import { BENCH_REGION, readBenchConfig } from './config';
import { Caller, postGraphql } from './graphql-client';
import { runLoad } from './load';
import { BenchSuite, prepareSuites } from './whole-agreement-fixture';

// The whole agreement in one request through the gateway: every target (designated, statutory DCSF,
// local) with its indicator, baseline, partners, open negotiation points and stretch (the evidence
// subgraph's judgement against the area's trend, England and similar areas), plus the agreement's
// points, priorities, coverage and process map. The SQL statement count must not grow with the suite.

export const WHOLE_AGREEMENT = `query WholeAgreement($id: ID!) { agreement(id: $id) { id stage version openNegotiationPointCount
  targets { id kind levels placeholder baselineDueBy baseline { value period source provisional }
    indicator { code title polarity } leadPartner { organisation sector } contributingPartners { organisation }
    priority { title } openNegotiationPoints { id title status department ageInDays raisedBy { name } }
    stretch { judgement belowTrend strongPerformerWithoutLocalReason years { projected beyondTrend }
      trend { direction } comparison { englandAverage similarAreasAverage topQuartileThreshold } } }
  negotiationPoints { id ageInDays thread { kind } }
  priorities { id title tier } coverage { themes { theme targets } departments { department targets } }
  milestones { title slippageDays } signOff { stage } } }`;

interface Answer {
  agreement: {
    targets: { openNegotiationPoints: unknown[]; leadPartner: { organisation: string } | null; indicator: { title: string | null }; stretch: { judgement: string } | null }[];
  } | null;
}

const SIZES = [
  { designated: 5, local: 2 },
  { designated: 35, local: 10 },
];

async function main(): Promise<void> {
  const config = readBenchConfig();
  const bench = await startBenchRegion(BENCH_REGION, config);
  try {
    const suites = await prepareSuites(bench.databaseConnection, BENCH_REGION, SIZES);
    const rm = developmentUsers(BENCH_REGION, suites[0].areaCode)[0];
    const caller: Caller = { token: await issueToken(bench.authSecret, rm), signal: new AbortController().signal };
    const request = (suite: BenchSuite) => expectSuite(bench.region.gatewayUrl, caller, suite);
    console.log(`Whole agreement benchmark (${bench.databaseKind} database, ${availableParallelism()} cores, Node ${process.version})`);
    console.log('SQL statements per request through the gateway (all subgraphs, after one warm-up):');
    const counts: number[] = [];
    for (const suite of suites) {
      await request(suite);
      const before = statementCounter.count();
      await request(suite);
      counts.push(statementCounter.count() - before);
      console.log(`  ${suite.areaCode}  ${suite.designated} designated + ${suite.statutory} statutory + ${suite.local} local = ${suite.targetCount} targets, ${suite.targetCount} open points: ${counts.at(-1)} statements`);
    }
    if (counts.some((count) => count !== counts[0])) throw new Error('Statement counts differ: a relation is not batched');
    console.log('  equal: the statement count does not grow with the suite (batched)');
    const whole = suites[suites.length - 1];
    const load = await runLoad(() => request(whole), { concurrency: config.concurrency, seconds: config.seconds });
    console.log(`\nLoad on the ${whole.targetCount}-target agreement through the gateway, ${config.concurrency} in flight for ${config.seconds} s:`);
    console.log(`  ${load.requests} requests, ${load.perSecond.toFixed(1)} req/s, p50 ${load.p50Ms.toFixed(1)} ms, p99 ${load.p99Ms.toFixed(1)} ms, ${load.errors} errors${load.firstError ? ` (${load.firstError})` : ''}`);
  } finally {
    await bench.stop();
  }
}

async function expectSuite(gatewayUrl: string, caller: Caller, suite: BenchSuite): Promise<void> {
  const data = await postGraphql<Answer>(gatewayUrl, WHOLE_AGREEMENT, { id: suite.agreementId }, caller);
  const targets = data.agreement?.targets ?? [];
  if (targets.length !== suite.targetCount) throw new Error(`agreement ${suite.agreementId}: ${targets.length} targets, expected ${suite.targetCount}`);
  if (targets.some((t) => t.openNegotiationPoints.length !== 1 || !t.leadPartner)) throw new Error('every target must come with its open point and lead partner');
  // National indicators the demo evidence holds have a stretch; the few it lacks answer null, never an error.
  if (!targets.some((t) => t.stretch?.judgement)) throw new Error('the targets came without their stretch');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
