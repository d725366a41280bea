import 'reflect-metadata';
import { RegionCode } from '@laa/domain';
import { issueToken, Role } from '@laa/identity';
import { availableParallelism, loadavg } from 'node:os';
import { BenchRegion, startBenchRegion } from './bench-region';
import { percentile } from './load';

// Can one caller stall a region? Two regions in one process, as the quick start runs them (embedded store unless
// BENCH_DATABASE=server). A quiet caller asks each region a cheap question, one at a time, for BENCH_SECONDS: first
// alone, then while a noisy caller sends NOISY_WORKERS area evidence profiles at once to the first region (the most
// expensive read its cost limit lets through) and, without a token, NOISY_FLOODS 916 KB bodies of 50,000 `__typename`
// aliases. Prints the quiet caller's latencies in both phases and how the gateway answered the noisy one.

const NOISY_REGION: RegionCode = 'E12000003'; // Yorkshire and the Humber: 15 areas
const OTHER_REGION: RegionCode = 'E12000004'; // East Midlands, in the same process
const CHEAP = 'query ($code: String!) { area(code: $code) { name agreement { stage } } }';
const PROFILE = `query ($code: String!) { area(code: $code) { evidenceProfile { indicator { code } series { period value }
  trend { direction projection { period value } } baseline { status value } benchmark { rank quartile similarAreas { neighbourCode value } } } } }`;
const FLOOD = `{ ${Array.from({ length: 50_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;

interface Answer {
  status: number;
  code: string;
  ms: number;
}

async function ask(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(120_000),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code ?? (response.status === 200 ? 'ok' : 'no code');
    return { status: response.status, code, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, code: error instanceof Error ? error.name : 'no answer', ms: performance.now() - started };
  }
}

/** Asks `call` again and again, one at a time, until `until` says stop. */
async function repeat(call: (n: number) => Promise<Answer>, until: () => boolean): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let n = 0; !until(); n++) answers.push(await call(n));
  return answers;
}

async function areasOf(bench: BenchRegion): Promise<string[]> {
  const response = await fetch(bench.region.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ areas { code } }' }),
  });
  const body = (await response.json()) as { data: { areas: { code: string }[] } };
  return body.data.areas.map((a) => a.code);
}

const tokenAs = (bench: BenchRegion, id: string, region: RegionCode) =>
  issueToken(bench.authSecret, { id, name: id, grants: [{ role: Role.GO_ANALYST, region }] });

function latencies(label: string, answers: Answer[]): string {
  const ms = answers.map((a) => a.ms);
  const failed = answers.filter((a) => a.code !== 'ok').length;
  return `  ${label.padEnd(42)} ${String(answers.length).padStart(6)} ${percentile(ms, 0.5).toFixed(0).padStart(7)} ${percentile(ms, 0.95).toFixed(0).padStart(7)} ${Math.max(
    ...ms,
  )
    .toFixed(0)
    .padStart(7)} ${String(failed).padStart(7)}`;
}

function outcomes(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) counts.set(`${a.status} ${a.code}`, (counts.get(`${a.status} ${a.code}`) ?? 0) + 1);
  return [...counts].map(([what, n]) => `${what}: ${n}`).join(', ');
}

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 20);
  const workers = Number(process.env.NOISY_WORKERS ?? 16);
  const floods = Number(process.env.NOISY_FLOODS ?? 8);
  const forceEmbedded = process.env.BENCH_DATABASE !== 'server';
  const started = performance.now();
  const noisyRegion = await startBenchRegion(NOISY_REGION, { forceEmbedded });
  const otherRegion = await startBenchRegion(OTHER_REGION, { forceEmbedded });
  const startSeconds = (performance.now() - started) / 1000;
  try {
    const noisy = await tokenAs(noisyRegion, 'bench-noisy-analyst', NOISY_REGION);
    const quietHere = await tokenAs(noisyRegion, 'bench-quiet-analyst', NOISY_REGION);
    const quietThere = await tokenAs(otherRegion, 'bench-quiet-analyst', OTHER_REGION);
    const areas = await areasOf(noisyRegion);
    const others = await areasOf(otherRegion);
    const quiet = async (until: () => boolean) =>
      Promise.all([
        repeat((n) => ask(noisyRegion.region.gatewayUrl, CHEAP, { code: areas[n % areas.length] }, quietHere), until),
        repeat(
          (n) => ask(otherRegion.region.gatewayUrl, CHEAP, { code: others[n % others.length] }, quietThere),
          until,
        ),
      ]);
    const window = () => {
      const deadline = performance.now() + seconds * 1000;
      return () => performance.now() >= deadline;
    };
    const [aloneHere, aloneThere] = await quiet(window());
    const over = window();
    const noisyAnswers = Promise.all([
      ...Array.from({ length: workers }, (_, w) =>
        repeat(
          (n) => ask(noisyRegion.region.gatewayUrl, PROFILE, { code: areas[(w + n) % areas.length] }, noisy),
          over,
        ),
      ),
      ...Array.from({ length: floods }, () => repeat(() => ask(noisyRegion.region.gatewayUrl, FLOOD, {}), over)),
    ]);
    const [loudHere, loudThere] = await quiet(over);
    const answered = await noisyAnswers;
    const profiles = answered.slice(0, workers).flat();
    const flooded = answered.slice(workers).flat();
    console.log(
      [
        'One noisy caller against a quiet one: npm run bench:noisy-caller',
        `  regions   ${NOISY_REGION} (noisy) and ${OTHER_REGION}, one process, ${noisyRegion.databaseKind} store, started in ${startSeconds.toFixed(1)} s`,
        `  machine   ${availableParallelism()} cores, Node ${process.version}; ${seconds} s a phase`,
        `  noise     ${workers} area evidence profiles at once from one caller, ${floods} bodies of 50,000 __typename aliases (${(FLOOD.length / 1024).toFixed(0)} KB, no token) at once`,
        '',
        `  quiet caller's cheap read, one at a time          answers  p50 ms  p95 ms  max ms  errors`,
        latencies(`${NOISY_REGION} alone`, aloneHere),
        latencies(`${NOISY_REGION} while the noisy caller runs`, loudHere),
        latencies(`${OTHER_REGION} alone`, aloneThere),
        latencies(`${OTHER_REGION} while the noisy caller runs`, loudThere),
        '',
        `  noisy profiles  ${profiles.length} answered: ${outcomes(profiles)}; p50 ${percentile(
          profiles.map((a) => a.ms),
          0.5,
        ).toFixed(0)} ms`,
        `  __typename floods  ${flooded.length} answered: ${outcomes(flooded)}; p50 ${percentile(
          flooded.map((a) => a.ms),
          0.5,
        ).toFixed(0)} ms`,
        `  loadavg   ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')} (1, 5, 15 min) at the end of the run`,
      ].join('\n'),
    );
  } finally {
    await Promise.all([noisyRegion.stop(), otherRegion.stop()]);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
