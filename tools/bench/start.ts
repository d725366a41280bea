import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The quick start's start time and memory: `npm run platform` (every region, demo data, embedded PGlite, one
// process) on a fresh data folder (first start), then again on the same folder (restart). Prints each start's
// "ready in" time, the process's resident memory once ready (VmRSS, after BENCH_SETTLE_SECONDS) and its peak
// (VmHWM), per region. Ports from BENCH_PORT_BASE (default 31000), so it runs beside a quick start on the defaults.
// BENCH_WITHOUT_TEMPLATE=1 makes the regions' folders (empty) first, so each region imports the national evidence
// itself, as before the template store: the launcher copies the template only into folders that do not exist.

const ROOT = resolve(__dirname, '..', '..');
const settleSeconds = Number(process.env.BENCH_SETTLE_SECONDS ?? 10);
const portBase = Number(process.env.BENCH_PORT_BASE ?? 31000);
/** Linux's USER_HZ, the unit of /proc/<pid>/stat times, on every mainstream architecture. */
const CLOCK_TICKS_PER_SECOND = 100;

interface StartFigures {
  readySeconds: number;
  /** CPU time of the launcher's process (every thread) until ready: what an idle two-core machine cannot beat by more than half. */
  cpuSeconds: number;
  /** The 1-minute load average when the start began. */
  loadAtStart: number;
  rssMb: number;
  peakMb: number;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'laa-bench-start-'));
  const codes = (process.env.REGIONS ?? '').split(',').filter(Boolean);
  const regions = codes.length || 9;
  const withoutTemplate = process.env.BENCH_WITHOUT_TEMPLATE === '1';
  if (withoutTemplate) {
    for (const code of codes.length ? codes : Array.from({ length: 9 }, (_, i) => `E1200000${i + 1}`))
      mkdirSync(join(dataDir, code));
  }
  try {
    const first = await startOnce(dataDir);
    const restart = await startOnce(dataDir);
    const row = (label: string, f: StartFigures) =>
      `  ${label.padEnd(14)} ${f.readySeconds.toFixed(1).padStart(7)} s  ${f.cpuSeconds.toFixed(1).padStart(7)} s  ` +
      `${String(Math.round(f.rssMb)).padStart(6)} MB  ${String(Math.round(f.rssMb / regions)).padStart(5)} MB  ` +
      `${String(Math.round(f.peakMb)).padStart(6)} MB  ${f.loadAtStart.toFixed(1).padStart(6)}`;
    console.log(
      [
        'Quick start, start time and memory: npm run bench:start',
        `  regions   ${regions} (REGIONS=${process.env.REGIONS ?? 'all'}), demo data, embedded PGlite in ${dataDir} (removed at the end)`,
        `  evidence  ${withoutTemplate ? 'imported by every region (BENCH_WITHOUT_TEMPLATE=1)' : 'imported once into a template store, copied into each new region'}`,
        `  machine   ${availableParallelism()} cores, Node ${process.version}, ${process.platform}/${process.arch}`,
        `  memory    VmRSS ${settleSeconds} s after ready, VmHWM the peak, of the launcher's process`,
        "  cpu       user + system time of the launcher's process (all its threads) until ready",
        '',
        '  start          ready in  cpu to ready     RSS  /region    peak   load at start',
        row('first start', first),
        row('restart', restart),
        '',
        `  loadavg   ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')} (1, 5, 15 min) at the end of the run`,
      ].join('\n'),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Starts the launcher on the data folder, waits for ready, reads its memory and stops it. */
async function startOnce(dataDir: string): Promise<StartFigures> {
  const loadAtStart = loadavg()[0];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/platform/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      DATA_DIR: dataDir,
      GATEWAY_PORT_BASE: String(portBase),
      SUBGRAPH_PORT_BASE: String(portBase + 100),
      CONSOLE_PORT: String(portBase + 200),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const readySeconds = await readyTime(child);
    const cpuSeconds = cpuTime(child.pid!);
    await new Promise((done) => setTimeout(done, settleSeconds * 1000));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { readySeconds, cpuSeconds, loadAtStart, rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } finally {
    await stop(child);
  }
}

/** User and system CPU seconds of a process, all its threads (fields 14 and 15 of /proc/<pid>/stat, in clock ticks). */
function cpuTime(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** The launcher's own "LAA Platform ready in N s" (it times from its first line of code). */
function readyTime(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /LAA Platform ready in ([\d.]+) s/.exec(output);
      if (ready) resolve(Number(ready[1]));
    });
    child.once('exit', (code) => reject(new Error(`the launcher exited (${code}) before ready:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`Benchmark failed: ${error.message}`);
    process.exit(1);
  },
);
