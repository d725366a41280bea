import 'reflect-metadata';
import { statementCounter } from '@laa/database';
import { issueToken, Role } from '@laa/identity';
import { availableParallelism } from 'node:os';
import { startBenchRegion } from './bench-region';
import { BENCH_REGION, readBenchConfig } from './config';
import { postGraphql } from './graphql-client';
import { LoadResult, runLoad } from './load';

// One indicator across every area of England through the gateway: each area's time series, direction of
// travel and projection, baseline and benchmark (region, England, similar areas, rank and quartile).
// Prints the SQL statements one request costs (for two indicators, and for one area: the same, since
// every relation is batched) and its latency one at a time and under concurrent load.

const ACROSS_ENGLAND = `query ($indicator: String!, $region: String) { indicatorAcrossEngland(indicator: $indicator, region: $region) {
  areaCode series { period value provisional rival } trend { direction slopePerYear projection { period value } }
  baseline { status period value } benchmark { period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile } } }`;

type AcrossEngland = { indicatorAcrossEngland: { areaCode: string; benchmark: { quartile: number | null } | null }[] };

async function main(): Promise<void> {
  const config = readBenchConfig();
  const bench = await startBenchRegion(BENCH_REGION, config);
  try {
    const token = await issueToken(bench.authSecret, {
      id: 'bench-analyst',
      name: 'Benchmark analyst',
      grants: [{ role: Role.DEPARTMENT_ANALYST }],
    });
    const caller = { token, signal: new AbortController().signal };
    const ask = (indicator: string, region?: string) =>
      postGraphql<AcrossEngland>(bench.region.gatewayUrl, ACROSS_ENGLAND, { indicator, region }, caller);
    const statements = async (indicator: string, region?: string) => {
      await ask(indicator, region);
      const before = statementCounter.count();
      const answer = await ask(indicator, region);
      return { statements: statementCounter.count() - before, areas: answer.indicatorAcrossEngland.length };
    };
    const counts = [
      { label: 'NI116, every area of England', ...(await statements('NI116')) },
      { label: 'NI8, every area of England', ...(await statements('NI8')) },
      { label: 'NI116, the areas of E12000003 only', ...(await statements('NI116', BENCH_REGION)) },
    ];
    const request = async () => {
      const answer = await ask('NI116');
      if (answer.indicatorAcrossEngland.length < 140)
        throw new Error(`only ${answer.indicatorAcrossEngland.length} areas answered`);
    };
    const single = await runLoad(request, { concurrency: 1, seconds: config.seconds });
    const loaded = await runLoad(request, { concurrency: config.concurrency, seconds: config.seconds });
    console.log(
      [
        'Indicator across England benchmark: npm run bench:evidence-read',
        `  region    ${BENCH_REGION}, ${bench.databaseKind} database ${bench.region.database} (demo evidence: every area, every live indicator, 2004/05-2007/08)`,
        `  machine   ${availableParallelism()} cores, Node ${process.version}, ${process.platform}/${process.arch}`,
        '',
        'SQL statements per request (all subgraphs, after one warm-up):',
        ...counts.map(
          (c) =>
            `  ${c.label.padEnd(38)} ${String(c.areas).padStart(4)} areas  ${String(c.statements).padStart(3)} statements`,
        ),
        counts.every((c) => c.statements === counts[0].statements)
          ? '  equal: the count does not grow with the areas (batched)'
          : '  NOT EQUAL: a relation is resolved per area',
        '',
        '| load                   | requests |    req/s |   p50 ms |   p99 ms | errors |',
        '|------------------------|----------|----------|----------|----------|--------|',
        loadRow('one at a time', single),
        loadRow(`${config.concurrency} in flight`, loaded),
        '',
        'Caveat: the gateway, the four subgraphs and this client share one Node process on this machine.',
      ].join('\n'),
    );
  } finally {
    await bench.stop();
  }
}

const loadRow = (label: string, r: LoadResult) =>
  `| ${label.padEnd(22)} | ${String(r.requests).padStart(8)} | ${r.perSecond.toFixed(1).padStart(8)} | ${r.p50Ms.toFixed(1).padStart(8)} | ${r.p99Ms.toFixed(1).padStart(8)} | ${String(r.errors).padStart(6)} |`;

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`Benchmark failed: ${error.message}`);
    process.exit(1);
  },
);
