import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A process the benchmark started, whose CPU it can read. */
export interface BenchProcess {
  name: string;
  /** CPU seconds (user and system) the process has used so far (Linux: /proc/<pid>/stat). */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export function cpuSecondsOf(pid: number): number {
  // Fields after the command name (which may hold spaces, hence the last parenthesis): utime and stime are 14th and 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

export interface SpawnOptions {
  cwd: string;
  env: Record<string, string>;
  /** Resolves when the process is ready, given what it printed so far; rejects (or times out) otherwise. */
  ready(output: () => string): Promise<void>;
  timeoutMs?: number;
}

/** Starts a command and waits until it is ready; its output is kept to explain a failure. */
export async function spawnBenchProcess(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions,
): Promise<BenchProcess> {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${output}`))),
  );
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${name} not ready:\n${output}`)), options.timeoutMs ?? 300_000).unref(),
  );
  try {
    await Promise.race([options.ready(() => output), exited, timeout]);
  } catch (error) {
    await stop();
    throw error;
  }
  exited.catch(() => undefined);
  const pid = child.pid ?? 0;
  return { name, cpuSeconds: () => cpuSecondsOf(pid), stop };
}

/** Waits for a line starting with `READY ` and returns what follows it. */
export async function readyLine(output: () => string): Promise<string> {
  for (;;) {
    const line = output()
      .split('\n')
      .find((l) => l.startsWith('READY '));
    if (line) return line.slice('READY '.length);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until an HTTP request succeeds (status 200). */
export async function answers(probe: () => Promise<Response>): Promise<void> {
  for (;;) {
    const ok = await probe().then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A loopback port free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
