import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLIENTS } from './config';

const repository = resolve(__dirname, '../..');

function filesUnder(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

describe('the generated GraphQL types', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'laa-codegen-')) + '/';
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('match the supergraph and the documents (else run `npm run codegen` and commit)', () => {
    // The generator's CLI is ES modules only: it runs in its own process, as `npm run codegen` runs it.
    const cli = join(repository, 'node_modules/@graphql-codegen/cli/cjs/bin.js');
    execFileSync(process.execPath, [cli, '--config', 'codegen.ts', '--silent'], {
      cwd: repository,
      env: { ...process.env, CODEGEN_OUT: out, NODE_OPTIONS: '' },
    });
    for (const client of Object.values(CLIENTS)) {
      expect({ [client.out]: filesUnder(join(repository, client.out)) }).toEqual({
        [client.out]: filesUnder(out + client.out),
      });
    }
  });
});
