import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadyRegion } from './tracing-region-process';

const ROOT = join(__dirname, '..', '..');

export interface SpawnedRegion {
  name: string;
  ready: ReadyRegion;
  /** CPU seconds (user and system) the region's process has used so far (Linux: /proc). */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function cpuSecondsOf(pid: number): number {
  // Fields after the command name (which may hold spaces, hence the last parenthesis): utime and stime are 14th and 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Starts tracing-region-process.ts with the given environment and waits for its READY line. */
export function spawnBenchRegion(
  name: string,
  env: Record<string, string>,
  timeoutMs = 300_000,
): Promise<SpawnedRegion> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'tools/bench/tracing-region-process.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        OTEL_EXPORTER_OTLP_ENDPOINT: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => void stop().then(() => reject(new Error(`${name} region not ready:\n${output}`))),
      timeoutMs,
    );
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('READY '));
      if (!line) return;
      child.stdout?.off('data', onOutput).resume(); // keep draining what the region prints
      clearTimeout(timer);
      const pid = child.pid ?? 0;
      child.stderr?.pipe(process.stderr); // from now on the region's own complaints are the benchmark's to show
      resolve({
        name,
        ready: JSON.parse(line.slice('READY '.length)) as ReadyRegion,
        cpuSeconds: () => cpuSecondsOf(pid),
        stop,
      });
    };
    child.stdout?.on('data', onOutput);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} region exited with ${code}:\n${output}`));
    });
  });
}
