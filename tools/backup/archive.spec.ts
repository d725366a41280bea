import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARCHIVE_MAGIC, BackupManifest, extractPayload, readArchive, writeArchive } from './archive';

const manifest: BackupManifest = {
  region: 'E12000003',
  store: 'server',
  format: 'pg_dump-custom',
  createdAt: '2026-12-03T09:00:00.000Z',
  source: 'laa_e12000003',
  postgresVersion: '15.20',
  migrations: { partners: ['CreatePartners1764000000000'], evidence: [], agreements: [], signoff: [] },
};
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'laa-archive-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('the backup file', () => {
  it('names what it holds before the dump, and gives the dump back byte for byte', async () => {
    const payload = Uint8Array.from([0, 10, 255, 10, 80, 71, 68, 77, 80]);
    await writeArchive(join(folder, 'a.backup'), manifest, payload);
    const archive = await readArchive(join(folder, 'a.backup'));
    expect(archive.manifest).toEqual(manifest);
    expect(
      (await readFile(join(folder, 'a.backup'), 'utf8')).startsWith(`${ARCHIVE_MAGIC}\n{"region":"E12000003"`),
    ).toBe(true);
    await extractPayload(join(folder, 'a.backup'), archive, join(folder, 'dump'));
    expect(new Uint8Array(await readFile(join(folder, 'dump')))).toEqual(payload);
  });

  it('never overwrites another file, and leaves no partial file behind', async () => {
    await writeFile(join(folder, 'taken'), "someone else's");
    await expect(writeArchive(join(folder, 'taken'), manifest, new Uint8Array(1))).rejects.toThrow(/already exists/);
    expect(await readFile(join(folder, 'taken'), 'utf8')).toBe("someone else's");
    await expect(writeArchive(join(folder, 'x.backup'), manifest, join(folder, 'no-such-dump'))).rejects.toThrow(
      /ENOENT/,
    );
    expect(existsSync(join(folder, 'x.backup'))).toBe(false);
    expect(existsSync(join(folder, 'x.backup.partial'))).toBe(false);
  });

  it('refuses a file that is not a backup, or whose manifest is damaged, by name', async () => {
    await writeFile(join(folder, 'notes.txt'), 'hello\nworld\n');
    await expect(readArchive(join(folder, 'notes.txt'))).rejects.toThrow(/notes.txt is not an LAA Platform backup/);
    await writeFile(join(folder, 'bad.backup'), `${ARCHIVE_MAGIC}\n{"region":"E99"}\npayload`);
    await expect(readArchive(join(folder, 'bad.backup'))).rejects.toThrow(
      /manifest is damaged \(region: expected a region code\)/,
    );
    await expect(readArchive(join(folder, 'missing.backup'))).rejects.toThrow(/No backup file at/);
  });
});
