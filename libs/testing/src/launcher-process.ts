import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export interface LauncherProcess {
  output(): string;
  /** Resolves with the seconds taken once the launcher prints that it is ready. */
  ready: Promise<number>;
  stop(): Promise<void>;
  /** Ends the launcher at once (SIGKILL): a crash, for fault tests. Resolves once it has gone. */
  kill(): Promise<void>;
}

/** Runs the quick-start launcher as a user would (`npm run platform`), in its own process. */
export function spawnLauncher(env: Record<string, string>, timeoutMs = 300_000): LauncherProcess {
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/platform/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', SWC_NODE_PROJECT: 'tsconfig.base.json', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const ready = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`launcher not ready in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      if (!output.includes('Press Ctrl+C to stop')) return;
      clearTimeout(timer);
      resolve((Date.now() - started) / 1000);
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`launcher exited with ${code}:\n${output}`));
    });
  });
  ready.catch(() => undefined);
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { output: () => output, ready, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
