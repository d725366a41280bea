import { isRegionCode } from '@laa/domain';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';

/** The first line of every backup file: what it is, and which version of this layout. */
export const ARCHIVE_MAGIC = 'LAA-PLATFORM-BACKUP 1';
const HEADER_LIMIT = 1024 * 1024;

export const STORE_KINDS = ['server', 'embedded'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

const manifestSchema = z.object({
  region: z
    .string()
    .refine(isRegionCode, { message: 'expected a region code' })
    .transform((code) => code),
  store: z.enum(STORE_KINDS),
  /** pg_dump's custom format for a server, PGlite's gzipped data directory for the embedded store. */
  format: z.enum(['pg_dump-custom', 'pglite-datadir-tgz']),
  createdAt: z.string(),
  /** Where it came from (the database's name or the data folder), for the operator's eyes. */
  source: z.string(),
  postgresVersion: z.string(),
  /** Every migration applied, per subgraph schema, oldest first: restore checks them again. */
  migrations: z.record(z.string(), z.array(z.string())),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** A backup never overwrites another. */
export function assertNewBackupFile(out: string): void {
  if (existsSync(out)) throw new Error(`${out} already exists: a backup never overwrites another; choose another name`);
}

/**
 * A backup file is self-describing: a magic line, the manifest as one line of JSON, then the store's
 * own dump byte for byte. `restore FILE` reads the manifest to know what it holds and where it goes.
 * Written to FILE.partial and renamed at the end, so a failed backup never leaves a file that looks whole.
 */
export async function writeArchive(out: string, manifest: BackupManifest, payload: string | Uint8Array): Promise<void> {
  assertNewBackupFile(out);
  const partial = `${out}.partial`;
  try {
    const header = Buffer.from(`${ARCHIVE_MAGIC}\n${JSON.stringify(manifest)}\n`);
    const body = typeof payload === 'string' ? createReadStream(payload) : Readable.from([Buffer.from(payload)]);
    const stream = createWriteStream(partial);
    stream.write(header);
    await pipeline(body, stream);
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

export interface OpenedArchive {
  manifest: BackupManifest;
  /** Byte offset of the store's dump in the file. */
  payloadOffset: number;
}

/** Reads a backup file's manifest; a file that is not one of ours is refused by name. */
export async function readArchive(file: string): Promise<OpenedArchive> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `No backup file at ${file}` : `Cannot read ${file}: ${error.message}`);
  });
  try {
    const buffer = Buffer.alloc(HEADER_LIMIT);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_LIMIT, 0);
    const text = buffer.subarray(0, bytesRead);
    const firstEnd = text.indexOf(10);
    const secondEnd = firstEnd < 0 ? -1 : text.indexOf(10, firstEnd + 1);
    if (firstEnd < 0 || text.subarray(0, firstEnd).toString() !== ARCHIVE_MAGIC || secondEnd < 0) {
      throw new Error(`${file} is not an LAA Platform backup (made by npm run backup)`);
    }
    return {
      manifest: parseManifest(file, text.subarray(firstEnd + 1, secondEnd).toString()),
      payloadOffset: secondEnd + 1,
    };
  } finally {
    await handle.close();
  }
}

function parseManifest(file: string, json: string): BackupManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error(`${file}: the backup's manifest is damaged (not JSON)`);
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success)
    throw new Error(
      `${file}: the backup's manifest is damaged (${result.error.issues[0].path.join('.')}: ${result.error.issues[0].message})`,
    );
  return result.data;
}

/** Copies the store's dump out of a backup file into a file of its own (pg_restore wants one it can seek). */
export async function extractPayload(file: string, archive: OpenedArchive, dest: string): Promise<void> {
  await pipeline(createReadStream(file, { start: archive.payloadOffset }), createWriteStream(dest));
}
