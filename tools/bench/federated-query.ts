import 'reflect-metadata';
import { SUBGRAPH_NAMES, SubgraphName } from '@laa/config';
import { ensureDatabase, statementCounter } from '@laa/database';
import { developmentUsers, issueToken } from '@laa/identity';
import { startRegion } from '@laa/platform';
import { readAreas, readIndicators } from '@laa/reference-data';
import { createLogger } from '@laa/subgraph';
import { dropTestDatabase, freshDatabaseUrl, postGraphql, testDatabaseServer } from '@laa/testing';
import { cpus } from 'node:os';
import { Client } from 'pg';
import { runLoad } from './load';

// Benchmark: the federated area/agreement/targets/sign-off query through one gateway, against the
// same data fetched from the subgraphs directly, and the SQL statements it costs for 5 and 35 targets.
const REGION = 'E12000003';
const SECRET = 'benchmark-secret-0123456789-abcdefghijklmnop';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const OPERATION = `query Bench($code: String!) { area(code: $code) { name partnership { name members { organisation } }
  agreement { id stage targets { id kind levels baseline { value period } indicator { code title polarity } } signOff { stage } } } }`;

async function main(): Promise<void> {
  const server = await testDatabaseServer();
  if (!server) throw new Error('The benchmark needs a PostgreSQL server (TEST_DATABASE_URL or 127.0.0.1:5432)');
  const url = freshDatabaseUrl(server, 'bench');
  await ensureDatabase(url);
  const ports = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, 0])) as Record<SubgraphName, number>;
  const region = await startRegion({
    region: REGION, database: { kind: 'server', url }, gatewayPort: 0, subgraphPorts: ports,
    authSecret: SECRET, seedDemo: true, log: createLogger({}, 'silent'),
  });
  try {
    const [small, large] = readAreas().filter((a) => a.regionCode === REGION).map((a) => a.code);
    await setTargets(url, small, 5);
    await setTargets(url, large, 35);
    const token = await issueToken(SECRET, developmentUsers(REGION, small)[0]);
    const viaGateway = async (code: string) => {
      const response = await postGraphql(region.gatewayUrl, OPERATION, { code }, token);
      return !response.errors;
    };
    const statements = async (code: string) => {
      await viaGateway(code);
      const before = statementCounter.count();
      await viaGateway(code);
      return statementCounter.count() - before;
    };
    const [five, thirtyFive] = [await statements(small), await statements(large)];
    const gateway = await runLoad(() => viaGateway(large), CONCURRENCY, SECONDS);
    const direct = await runLoad(() => directly(region.subgraphUrls, large, token), CONCURRENCY, SECONDS);
    print(five, thirtyFive, gateway, direct);
    if (five !== thirtyFive) throw new Error(`SQL statements differ: ${five} for 5 targets, ${thirtyFive} for 35 (a relation is not batched)`);
  } finally {
    await region.stop();
    await dropTestDatabase(url);
  }
}

/** Replaces an area's targets with `count` designated targets on distinct live indicators. */
async function setTargets(url: string, areaCode: string, count: number): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ id }] = (await client.query('SELECT id FROM agreements.agreement WHERE area_code = $1', [areaCode])).rows;
    await client.query('DELETE FROM agreements.target WHERE agreement_id = $1', [id]);
    for (const indicator of readIndicators().filter((i) => !i.withdrawn).slice(0, count)) {
      await client.query(
        `INSERT INTO agreements.target (agreement_id, kind, indicator_code, theme, baseline_value, baseline_period, baseline_source, levels, synthetic)
         VALUES ($1, 'DESIGNATED', $2, $3, 50, '2007/08', 'benchmark', '{51,52,53}', true)`,
        [id, indicator.code, indicator.theme],
      );
    }
  } finally {
    await client.end();
  }
}

/** The fetches the gateway's query plan makes, done by the client straight against the subgraphs. */
async function directly(urls: Record<SubgraphName, string>, code: string, token: string): Promise<boolean> {
  const area = await postGraphql<{ area: { code: string } }>(urls.partners, '{ area(code: "' + code + '") { code name partnership { name members { organisation } } } }', {}, token);
  const entities = await postGraphql<{ _entities: { agreement: { id: string; targets: { indicator: { code: string } }[] } }[] }>(
    urls.agreements,
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Area { agreement { id stage targets { id kind levels baseline { value period } indicator { code } } } } } }',
    { r: [{ __typename: 'Area', code: area.data?.area.code }] },
    token,
  );
  const agreement = entities.data?._entities[0].agreement;
  if (!agreement) return false;
  const [indicators, signOff] = await Promise.all([
    postGraphql(urls.evidence, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator { code title polarity } } }',
      { r: agreement.targets.map((t) => ({ __typename: 'Indicator', code: t.indicator.code })) }, token),
    postGraphql(urls.signoff, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { signOff { stage } } } }',
      { r: [{ __typename: 'Agreement', id: agreement.id }] }, token),
  ]);
  return !indicators.errors && !signOff.errors;
}

type LoadResult = Awaited<ReturnType<typeof runLoad>>;

function print(five: number, thirtyFive: number, gateway: LoadResult, direct: LoadResult): void {
  const row = (name: string, r: LoadResult) =>
    `| ${name.padEnd(26)} | ${r.perSecond.toFixed(0).padStart(7)} | ${r.p50.toFixed(1).padStart(7)} | ${r.p99.toFixed(1).padStart(7)} | ${String(r.errors).padStart(6)} |`;
  console.log(`\nFederated area query, region ${REGION}, PostgreSQL server, ${cpus().length} cores, Node ${process.version}`);
  console.log(`${SECONDS} s per run, concurrency ${CONCURRENCY}, everything in one process (load generator included)\n`);
  console.log(`SQL statements per request: 5 targets = ${five}, 35 targets = ${thirtyFive}${five === thirtyFive ? ' (equal)' : ' (NOT EQUAL)'}\n`);
  console.log('| path                       |   req/s | p50 ms  | p99 ms  | errors |');
  console.log('|----------------------------|---------|---------|---------|--------|');
  console.log(row('through the gateway', gateway));
  console.log(row('subgraphs directly', direct));
  console.log(`\nGateway overhead at p50: ${(gateway.p50 - direct.p50).toFixed(1)} ms\nCommand: npm run bench`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
