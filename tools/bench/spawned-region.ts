import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ReadyRegion } from './tracing-region-process';

const ROOT = join(__dirname, '..', '..');

export interface SpawnedRegion {
  name: string;
  ready: ReadyRegion;
  stop(): Promise<void>;
}

/** Starts tracing-region-process.ts with the given environment and waits for its READY line. */
export function spawnBenchRegion(name: string, env: Record<string, string>, timeoutMs = 300_000): Promise<SpawnedRegion> {
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/bench/tracing-region-process.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', SWC_NODE_PROJECT: 'tsconfig.base.json', OTEL_EXPORTER_OTLP_ENDPOINT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`${name} region not ready:\n${output}`))), timeoutMs);
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((l) => l.startsWith('READY '));
      if (!line) return;
      clearTimeout(timer);
      resolve({ name, ready: JSON.parse(line.slice('READY '.length)) as ReadyRegion, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} region exited with ${code}:\n${output}`));
    });
  });
}
