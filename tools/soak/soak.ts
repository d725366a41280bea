import { RegionCode, regionByCode } from '@laa/domain';
import { LauncherProcess, spawnLauncher } from '@laa/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { editLevels, readArea, refreshOnce, signWhileEditing } from './actors';
import { Check, checkRegion, permitsConsumedOnce, racesSettled } from './checks';
import { badFile, importGood, upload } from './imports';
import { Ledger } from './ledger';
import { readAgreements, regionWorld, RegionWorld } from './region-world';
import { Tally } from './tally';

export interface SoakOptions {
  regions: RegionCode[];
  /** Operations each region's clients take in all (reads, edits, imports), bounded whatever the time. */
  operations: number;
  /** Clients at once, per region. */
  concurrency: number;
  /** A PostgreSQL server's URL, or none for the embedded store in a folder of its own. */
  databaseUrl?: string;
  gatewayPortBase: number;
  /** How long the platform may take to start (seconds): a machine shared with other work starts it slowly. */
  readySeconds?: number;
  log?: (line: string) => void;
}

export interface SoakReport {
  options: SoakOptions;
  tally: Tally;
  ledger: Ledger;
  checks: Check[];
  faults: string[];
  /** The platform's own error lines, first few, to say why a request failed. */
  platformErrors: string[];
  seconds: number;
  /** The machine's 1-minute load average when the run started and when it ended: the figures' context. */
  loadAverage: { start: number; end: number };
}

const SECRET = 'soak-harness-secret-0123456789abcdef0123456789';

/**
 * Bounded mixed load on a platform started as the quick start runs it (a launcher process), with faults injected:
 * the process is killed in the middle of an import and started again on the same data. Then every check is read
 * back through the API. The harness stops by itself: a fixed number of operations, every request with a deadline.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const log = options.log ?? (() => undefined);
  const dataDir = mkdtempSync(join(tmpdir(), 'laa-soak-'));
  const tally = new Tally();
  const ledger = new Ledger();
  const faults: string[] = [];
  const platformErrors: string[] = [];
  const keepErrors = (launcher: LauncherProcess) =>
    platformErrors.push(
      ...launcher
        .output()
        .split('\n')
        .filter((line) => /error/i.test(line))
        .slice(0, 5 - platformErrors.length)
        .map((l) => l.slice(0, 300)),
    );
  const launch = () => startPlatform(options, dataDir);
  let platform = await launch();
  try {
    log(`platform ready: ${options.regions.map((r) => regionByCode(r).name).join(', ')}`);
    let worlds = await Promise.all(options.regions.map((r) => regionWorld(r, gatewayUrl(options, r), SECRET, tally)));
    await Promise.all(worlds.map((world) => mixedLoad(world, options, tally, ledger)));
    log(`mixed load done: ${tally.requests} requests`);
    keepErrors(platform);
    platform = await crashMidImport(platform, launch, worlds[0], tally, ledger, faults);
    worlds = await Promise.all(options.regions.map((r) => regionWorld(r, gatewayUrl(options, r), SECRET, tally)));
    const checks = [racesSettled(ledger), permitsConsumedOnce(ledger)];
    for (const world of worlds) checks.push(...(await checkRegion(world, ledger, tally)));
    const seconds = (Date.now() - started) / 1000;
    const loadAverage = { start: loadAtStart, end: loadavg()[0] };
    return { options, tally, ledger, checks, faults, platformErrors, seconds, loadAverage };
  } finally {
    keepErrors(platform);
    await platform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const gatewayUrl = (options: SoakOptions, region: RegionCode) =>
  `http://127.0.0.1:${options.gatewayPortBase + regionByCode(region).number}/graphql`;

async function startPlatform(options: SoakOptions, dataDir: string): Promise<LauncherProcess> {
  const launcher = spawnLauncher(
    {
      REGIONS: options.regions.join(','),
      GATEWAY_PORT_BASE: String(options.gatewayPortBase),
      SUBGRAPH_PORT_BASE: String(options.gatewayPortBase + 100),
      CONSOLE_PORT: String(options.gatewayPortBase + 200),
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      AUTH_SECRET: SECRET,
    },
    (options.readySeconds ?? 600) * 1000,
  );
  // A launcher that never gets ready is ended here: nothing the harness started outlives it.
  await launcher.ready.catch(async (error: Error) => {
    await launcher.kill();
    throw error;
  });
  return launcher;
}

/** Clients at once, each taking the region's next operation until the budget is spent: reads, edits, imports. */
async function mixedLoad(world: RegionWorld, options: SoakOptions, tally: Tally, ledger: Ledger): Promise<void> {
  const agreements = await readAgreements(world, tally);
  const recommended = agreements.filter((a) => a.signOff.stage === 'RD_RECOMMENDED');
  const editable = agreements
    .filter((a) => a.signOff.stage !== 'SIGNED' && !recommended.includes(a))
    .flatMap((a) => a.targets);
  let next = 0;
  const client = async () => {
    for (let n = next++; n < options.operations; n = next++) {
      if (n % 20 === 7) await importGood(world, tally, ledger, `soak-${world.region}-${n}`);
      else if (n % 20 === 13) await upload(world, tally, badFile(`soak-bad-${n}`, world.areaCodes[0]), `bad-${n}.csv`);
      else if (n % 3 === 0 && editable.length) await editLevels(world, tally, ledger, editable[n % editable.length], n);
      else await readArea(world, tally, n);
    }
  };
  const races = recommended.map((agreement, i) => signWhileEditing(world, tally, ledger, agreement, i));
  const refreshes = agreements
    .filter((a) => a.signOff.stage === 'SIGNED')
    .map((agreement) => refreshOnce(world, tally, ledger, agreement));
  await Promise.all([...Array.from({ length: options.concurrency }, client), ...races, ...refreshes]);
}

/** Kills the platform while a large import is on its way in, starts it again on the same data. */
async function crashMidImport(
  platform: LauncherProcess,
  launch: () => Promise<LauncherProcess>,
  world: RegionWorld,
  tally: Tally,
  ledger: Ledger,
  faults: string[],
): Promise<LauncherProcess> {
  tally.faultWindow = true;
  const importing = importGood(world, tally, ledger, `soak-crash-${world.region}`, 'large');
  await new Promise((resolve) => setTimeout(resolve, 400));
  await platform.kill();
  await importing;
  const restarted = await launch();
  tally.faultWindow = false;
  const outcome = ledger.imports[ledger.imports.length - 1].outcome;
  faults.push(
    `platform killed (SIGKILL) during a ${ledger.imports[ledger.imports.length - 1].rows}-row import into ${world.region} (import ${outcome === 'cut' ? 'cut off' : outcome}); restarted on the same data`,
  );
  return restarted;
}
