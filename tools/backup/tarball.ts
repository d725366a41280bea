import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { runCommand } from './run-command';

// gzip's fastest level: a third of the CPU of its default for a fifth more bytes (a data folder squeezes well either way).
const GZIP_LEVEL = 1;

/**
 * Packs a folder's contents into a gzipped tarball: tar writes a plain file (so its own complaint, say a
 * file changing under it, is what a failure reports), then Node gzips it.
 */
export async function packFolder(folder: string, out: string): Promise<void> {
  const tarFile = `${out}.tar`;
  try {
    await runCommand('tar', ['-cf', tarFile, '-C', folder, '.']);
    await pipeline(createReadStream(tarFile), createGzip({ level: GZIP_LEVEL }), createWriteStream(out));
  } finally {
    await rm(tarFile, { force: true });
  }
}

/** Unpacks a gzipped tarball into a folder that exists. */
export async function unpackInto(tarball: string, folder: string): Promise<void> {
  const tarFile = `${tarball}.tar`;
  try {
    await pipeline(createReadStream(tarball), createGunzip(), createWriteStream(tarFile));
    await runCommand('tar', ['-xf', tarFile, '-C', folder]);
  } finally {
    await rm(tarFile, { force: true });
  }
}
