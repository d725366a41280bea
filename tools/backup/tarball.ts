import { ChildProcess, spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/** Resolves when tar exits well; rejects with its own message (stderr) otherwise. */
function finished(tar: ChildProcess): Promise<void> {
  let stderr = '';
  tar.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    tar.on('error', (error: NodeJS.ErrnoException) => reject(new Error(error.code === 'ENOENT' ? 'tar is not installed (or not on PATH)' : error.message)));
    tar.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar failed: ${stderr.trim() || `exit status ${code}`}`))));
  });
}

// gzip's fastest level: a third of the CPU of its default for a fifth more bytes (a data folder squeezes well either way).
const GZIP_LEVEL = 1;

/** Packs a folder's contents into a gzipped tarball. */
export async function packFolder(folder: string, out: string): Promise<void> {
  const tar = spawn('tar', ['-cf', '-', '-C', folder, '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await Promise.all([finished(tar), pipeline(tar.stdout!, createGzip({ level: GZIP_LEVEL }), createWriteStream(out))]);
}

/** Unpacks a gzipped tarball into a folder that exists. */
export async function unpackInto(tarball: string, folder: string): Promise<void> {
  const tar = spawn('tar', ['-xf', '-', '-C', folder], { stdio: ['pipe', 'ignore', 'pipe'] });
  await Promise.all([finished(tar), pipeline(createReadStream(tarball), createGunzip(), tar.stdin!)]);
}
