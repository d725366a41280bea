import { spawn } from 'node:child_process';

/** Runs a program (pg_dump, pg_restore, tar); a failure carries the program's own message (stderr), not ours. */
export function runCommand(
  program: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  whenMissing = `${program} is not installed (or not on PATH)`,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'ENOENT' ? whenMissing : error.message)),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${program} failed: ${stderr.trim() || `exit status ${code}`}`)),
    );
  });
}

export const POSTGRES_TOOLS_MISSING =
  "pg_dump and pg_restore are not installed (PostgreSQL client tools, at least the server's version)";

/**
 * The connection URL without its password, and the password for PGPASSWORD: a password in a
 * program's arguments would show in every process listing.
 */
export function connectionArgs(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}
