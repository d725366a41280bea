import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * PostgreSQL settings of an embedded region store, on top of PGlite's own start parameters. PGlite keeps its shared
 * buffers inside its WebAssembly memory, which never shrinks: PostgreSQL's default of 128 MB filled up within a
 * region's start (seeds and derivation read most of the evidence) and stayed resident, nine times in the launcher.
 * The store's files are read through the operating system's page cache, which all regions share and which gives
 * memory back; a small buffer pool costs a system call per page missed instead. A smaller WAL floor keeps fewer
 * 16 MB segments recycled on disk, so a new region's copy of the template store is smaller.
 */
export const EMBEDDED_STORE_SETTINGS: Record<string, string> = {
  shared_buffers: '16MB',
  min_wal_size: '32MB',
  max_wal_size: '256MB',
};

/** The settings as PostgreSQL's command-line switches (`-c name=value`). */
export function storeStartParameters(settings = EMBEDDED_STORE_SETTINGS): string[] {
  return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}

let compiled: Promise<WebAssembly.Module> | undefined;

/**
 * PGlite's PostgreSQL, compiled once per process and handed to every store's worker: a worker given the module
 * shares its machine code instead of compiling its own 9 MB of WebAssembly (memory and start time, per region).
 */
export function compiledPostgres(): Promise<WebAssembly.Module> {
  compiled ??= readFile(join(dirname(require.resolve('@electric-sql/pglite')), 'pglite.wasm')).then((bytes) =>
    WebAssembly.compile(bytes),
  );
  return compiled;
}
