import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cyclesIn, importCycles } from './import-cycles';

const root = resolve(__dirname, '../..');

describe('import cycles', () => {
  it('finds every group of files that import each other, and a file importing itself', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cyclesIn(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('reads imports, re-exports and type-only imports as the compiler resolves them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'laa-cycles-'));
    try {
      writeFileSync(
        join(folder, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true }, include: ['*.ts'] }),
      );
      writeFileSync(join(folder, 'one.ts'), "import type { Two } from './two';\nexport type One = Two | 1;\n");
      writeFileSync(join(folder, 'two.ts'), "export * from './three';\nexport type Two = 2;\n");
      writeFileSync(
        join(folder, 'three.ts'),
        "import { readFileSync } from 'node:fs';\nimport type { One } from './one';\nexport const three: One | typeof readFileSync = 1;\n",
      );
      expect(importCycles(folder, [join(folder, 'tsconfig.json')])).toEqual([['one.ts', 'three.ts', 'two.ts']]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('finds none in the tree (else `npm run import-cycles` names them)', () => {
    expect(importCycles(root, [join(root, 'tsconfig.json'), join(root, 'apps/console/tsconfig.json')])).toEqual([]);
  });
});
