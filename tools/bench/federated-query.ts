import 'reflect-metadata';
import { statementCounter } from '@laa/database';
import { regionByCode } from '@laa/domain';
import { developmentUsers, issueToken, Role } from '@laa/identity';
import { availableParallelism, loadavg } from 'node:os';
import { BenchAgreement, prepareAgreements } from './agreements-fixture';
import { AreaRequest, fromSubgraphs, throughGateway } from './area-query';
import { BenchRegion, startBenchRegion } from './bench-region';
import { BENCH_REGION, BenchConfig, LARGE_AGREEMENT_TARGETS, readBenchConfig, SMALL_AGREEMENT_TARGETS } from './config';
import { runInterleaved } from './load';
import { BenchReport, formatReport, formatStatements, LoadFigure, StatementFigure } from './report';

// Benchmark of one federated query (area, partnership, agreement, targets, indicators, sign-off) in one
// region: the SQL statements it costs for 5 and for 35 targets (equal when every relation is batched),
// then its latency through the gateway against the same fetches made straight to the subgraphs, for the
// small and the heavy agreement, one request at a time and BENCH_CONCURRENCY in flight, the two paths interleaved.

async function main(): Promise<void> {
  const config = readBenchConfig();
  const bench = await startBenchRegion(BENCH_REGION, config);
  const interrupted = new AbortController();
  stopOnSignal(bench, interrupted);
  try {
    console.log(
      `Region ${BENCH_REGION} started (${bench.databaseKind} database); measuring statements, then ${config.seconds} s of load per path...\n`,
    );
    console.log(formatReport(await runBenchmark(bench, config, interrupted.signal)));
  } finally {
    await bench.stop();
  }
}

async function runBenchmark(bench: BenchRegion, config: BenchConfig, signal: AbortSignal): Promise<BenchReport> {
  const agreements = await prepareAgreements(bench.databaseConnection, BENCH_REGION, [
    SMALL_AGREEMENT_TARGETS,
    LARGE_AGREEMENT_TARGETS,
  ]);
  const caller = { token: await relationshipManagerToken(bench, agreements[0].areaCode), signal };
  const viaGateway = throughGateway(bench.region.gatewayUrl, caller);
  const statements = await measureStatements(viaGateway, agreements);
  requireEqualStatements(statements);
  const loads: LoadFigure[] = [];
  // Each worker is its own relationship manager: the gateway lets one caller run only 4 operations at once,
  // and sharing one token would time that queue (and its deduplication of identical reads), not the gateway.
  const callers = await Promise.all(
    Array.from({ length: config.concurrency }, async (_, worker) => ({
      token: await workerToken(bench, worker),
      signal,
    })),
  );
  const viaGateways = callers.map((c) => throughGateway(bench.region.gatewayUrl, c));
  const viaSubgraphs = callers.map((c) => fromSubgraphs(bench.region.subgraphUrls, c));
  for (const agreement of agreements) {
    await expectTargets(viaSubgraphs[0], agreement); // the direct client must answer like the gateway before it is timed
    for (const concurrency of [1, config.concurrency]) {
      const paths = [
        (worker: number) => expectTargets(viaGateways[worker], agreement),
        (worker: number) => expectTargets(viaSubgraphs[worker], agreement),
      ];
      const [gateway, direct] = await runInterleaved(paths, { concurrency, seconds: config.seconds, signal });
      loads.push({ agreement, concurrency, gateway, direct });
    }
  }
  signal.throwIfAborted(); // an interrupted run has no figures worth printing
  return {
    region: `${BENCH_REGION} ${regionByCode(BENCH_REGION).name}`,
    databaseKind: bench.databaseKind,
    database: bench.region.database,
    cores: availableParallelism(),
    node: process.version,
    seconds: config.seconds,
    concurrency: config.concurrency,
    statements,
    loads,
    loadAverage: loadavg(),
  };
}

/** A relationship manager of the region: the role that may read draft targets of all its areas. */
function relationshipManagerToken(bench: BenchRegion, areaCode: string): Promise<string> {
  const user = developmentUsers(BENCH_REGION, areaCode).find((u) =>
    u.grants.some((g) => g.role === Role.RELATIONSHIP_MANAGER),
  );
  if (!user) throw new Error('No development relationship manager');
  return issueToken(bench.authSecret, user);
}

/** A relationship manager of the region of its own for one load worker. */
function workerToken(bench: BenchRegion, worker: number): Promise<string> {
  const grants = [{ role: Role.RELATIONSHIP_MANAGER, region: BENCH_REGION }];
  return issueToken(bench.authSecret, {
    id: `bench-rm-${worker}`,
    name: `Benchmark relationship manager ${worker + 1}`,
    grants,
  });
}

/** Statements the operation causes in all subgraphs, one request per agreement after a warm-up. */
async function measureStatements(request: AreaRequest, agreements: BenchAgreement[]): Promise<StatementFigure[]> {
  const figures: StatementFigure[] = [];
  for (const agreement of agreements) {
    await expectTargets(request, agreement); // warm-up: query plan cache, connections
    const before = statementCounter.count();
    const answer = await expectTargets(request, agreement);
    figures.push({ ...agreement, areaName: answer.areaName, statements: statementCounter.count() - before });
  }
  return figures;
}

async function expectTargets(request: AreaRequest, agreement: BenchAgreement) {
  const answer = await request(agreement.areaCode);
  if (answer.targetCount !== agreement.targetCount) {
    throw new Error(
      `area ${agreement.areaCode} answered ${answer.targetCount} targets, expected ${agreement.targetCount}`,
    );
  }
  return answer;
}

/** The proof of batching: a count that grows with the targets means a relation is loaded per item. */
function requireEqualStatements(figures: StatementFigure[]): void {
  if (figures.every((figure) => figure.statements === figures[0].statements)) return;
  const detail = formatStatements(figures).join('\n');
  throw new Error(`SQL statements differ between agreements: a relation is not batched by DataLoader.\n${detail}`);
}

/** Ctrl-C cancels the load and still stops the region, so its test database is dropped; a second one quits at once. */
function stopOnSignal(bench: BenchRegion, interrupted: AbortController): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted.signal.aborted) process.exit(130);
      console.error(`\n${signal}: stopping the region`);
      interrupted.abort();
      void bench.stop().finally(() => process.exit(130));
    });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof Error && error.name === 'AbortError') process.exit(130);
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
