import { Role } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progressLine } from './progress';
import { describeFailure } from './report';

const ROOT = join(__dirname, '..', '..');
let region: TestRegion;
let folder: string;

beforeAll(async () => {
  region = await startTestRegion('E12000004', { seedDemo: false });
  folder = mkdtempSync(join(tmpdir(), 'laa-import-'));
}, 600_000);
afterAll(() => region?.stop());

/** Runs `npm run import-evidence` as a user would, against the test region's gateway. */
async function importFile(file: string, token: string, gatewayUrl = region.gatewayUrl) {
  const child = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      join(ROOT, 'tools/evidence-import/main.ts'),
      file,
      '--gateway',
      gatewayUrl,
      '--token',
      token,
    ],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH, SWC_NODE_PROJECT: 'tsconfig.base.json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [status] = await once(child, 'exit');
  return { status: status as number, stdout, stderr };
}

describe('the command-line import (npm run import-evidence)', () => {
  it('streams a file with a progress bar, loads the good rows and lists every rejected row by line in <file>.rejected.csv', async () => {
    const analyst = await region.tokenFor({
      id: 'goanalyst-E12000004',
      name: 'Gina Analyst',
      grants: [{ role: Role.GO_ANALYST, region: 'E12000004' }],
    });
    const file = join(folder, 'east-midlands.csv');
    writeFileSync(
      file,
      [
        'indicator,area,period,value,source,published',
        'NI116,00FK,2006/07,21.5,ONS (test),2007-10-01',
        'NI116,00FK,2007/08,20.9,ONS (test),2008-10-01',
        'NI116,00FK,2007/08,n/a,ONS (test),2008-10-01',
        'NI116,NOPE,2007/08,20.1,ONS (test),2008-10-01',
      ].join('\n'),
    );

    const first = await importFile(file, analyst);
    expect(first.status).toBe(2);
    expect(first.stderr).toMatch(/\[#{30}\] 100%/);
    expect(first.stdout).toMatch(/rows read\s+4/);
    expect(first.stdout).toMatch(/loaded\s+2 new releases/);
    expect(first.stdout).toContain('line 4: NOT_A_NUMBER: value "n/a" is not a number');
    expect(first.stdout).toContain('line 5: UNKNOWN_AREA: no area NOPE');
    expect(readFileSync(`${file}.rejected.csv`, 'utf8').trim().split('\n')).toEqual([
      'line,reason,message,row',
      '4,"NOT_A_NUMBER","value ""n/a"" is not a number (write a plain decimal such as 1234.5: no exponent, separators or hex)","NI116,00FK,2007/08,n/a,ONS (test),2008-10-01"',
      '5,"UNKNOWN_AREA","no area NOPE","NI116,NOPE,2007/08,20.1,ONS (test),2008-10-01"',
    ]);

    const again = await importFile(file, analyst);
    expect(again.stdout).toMatch(/loaded\s+0 new releases/);
    expect(again.stdout).toMatch(/unchanged\s+2 rows/);
  }, 60_000);

  it('refuses the poison value by line, and writes no cell of <file>.rejected.csv that a spreadsheet would run', async () => {
    const analyst = await region.tokenFor({
      id: 'goanalyst-E12000004',
      name: 'Gina Analyst',
      grants: [{ role: Role.GO_ANALYST, region: 'E12000004' }],
    });
    const file = join(folder, 'hostile.csv');
    writeFileSync(
      file,
      [
        'indicator,area,period,value,source,published',
        'NI116,00FK,2005/06,1e308,ONS (test),2006-10-01',
        '=HYPERLINK("http://evil.example"),00FK,2005/06,3,ONS (test),2006-10-01',
        'NI116,00FK,2005/06,-5,ONS (test),2006-10-01',
        '-2+3,00FK,2005/06,3,ONS (test),2006-10-01',
        'NI116,00FK,2004/05,22.5,ONS (test),2005-10-01',
      ].join('\n'),
    );
    const { status, stdout } = await importFile(file, analyst);
    expect(status).toBe(2);
    expect(stdout).toMatch(/loaded\s+1 new releases/);
    expect(stdout).toContain('line 2: NOT_A_NUMBER: value "1e308" is not a number');
    expect(stdout).toContain('line 4: OUT_OF_RANGE: value -5 is outside the plausible range');
    const rejected = readFileSync(`${file}.rejected.csv`, 'utf8').trim().split('\n');
    expect(rejected.slice(2)).toEqual([
      `3,"UNKNOWN_INDICATOR","no indicator =HYPERLINK(""http://evil.example"")","'=HYPERLINK(""http://evil.example""),00FK,2005/06,3,ONS (test),2006-10-01"`,
      `4,"OUT_OF_RANGE","value -5 is outside the plausible range: the indicator's unit, inferred from its title, is a percentage (0 to 100)","NI116,00FK,2005/06,-5,ONS (test),2006-10-01"`,
      `5,"UNKNOWN_INDICATOR","no indicator -2+3","'-2+3,00FK,2005/06,3,ONS (test),2006-10-01"`,
    ]);
  }, 60_000);

  it('reports the documented example file (docs/examples) as docs/API.md describes it', async () => {
    const analyst = await region.tokenFor({
      id: 'goanalyst-E12000004',
      name: 'Gina Analyst',
      grants: [{ role: Role.GO_ANALYST, region: 'E12000004' }],
    });
    const file = join(folder, 'observations-with-errors.csv');
    writeFileSync(file, readFileSync(join(ROOT, 'docs', 'examples', 'observations-with-errors.csv')));
    const { status, stdout } = await importFile(file, analyst);
    expect(status).toBe(2);
    expect(stdout).toMatch(/loaded\s+2 new releases/);
    expect([...stdout.matchAll(/line (\d+): ([A-Z_]+):/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      '4 UNKNOWN_INDICATOR',
      '5 UNKNOWN_AREA',
      '6 BAD_PERIOD',
      '7 NOT_A_NUMBER',
      '8 DUPLICATE',
      '9 BAD_DATE',
    ]);
  }, 60_000);

  it('says plainly when no gateway answers', async () => {
    const file = join(folder, 'nowhere.csv');
    writeFileSync(file, 'indicator,area,period,value,source,published\nNI116,00FK,2005/06,22,ONS (test),2006-10-01\n');
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(ROOT, 'tools/evidence-import/main.ts'),
        file,
        '--gateway',
        'http://127.0.0.1:9/graphql',
        '--token',
        'x',
      ],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, SWC_NODE_PROJECT: 'tsconfig.base.json' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [status] = await once(child, 'exit');
    expect(status).toBe(1);
    expect(stderr).toContain('No gateway answers at http://127.0.0.1:9');
    expect(stderr).not.toContain('merging');
  }, 60_000);

  it('says plainly that no report came back, and exits 1, when the evidence service dies mid-upload', async () => {
    // A gateway whose evidence subgraph died: it answers 502 SUBGRAPH_UNAVAILABLE while the file is still going out.
    const gateway = createServer((req, res) => {
      req.once('data', () => {
        res.writeHead(502, { 'content-type': 'application/json', connection: 'close' });
        res.end(
          JSON.stringify({
            errors: [
              {
                message: 'The evidence subgraph stopped before it answered the upload',
                extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
              },
            ],
          }),
        );
      });
    });
    gateway.listen(0, '127.0.0.1');
    await once(gateway, 'listening');
    const file = join(folder, 'big.csv');
    writeFileSync(
      file,
      `indicator,area,period,value,source,published\n${'NI116,00FK,2005/06,22,ONS (test),2006-10-01\n'.repeat(100_000)}`,
    );
    try {
      const { status, stderr } = await importFile(
        file,
        'x',
        `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`,
      );
      expect(status).toBe(1);
      expect(stderr).toContain(
        'No report came back: The evidence subgraph stopped before it answered the upload (SUBGRAPH_UNAVAILABLE)',
      );
      expect(stderr).not.toContain('Nothing was imported');
    } finally {
      gateway.close();
      gateway.closeAllConnections();
    }
  }, 60_000);

  it('imports nothing and exits 1 when the caller may not load evidence', async () => {
    const councillor = await region.tokenFor({
      id: 'cllr',
      name: 'Cllr',
      grants: [{ role: Role.COUNCILLOR, region: 'E12000004', area: '00FK' }],
    });
    const file = join(folder, 'refused.csv');
    writeFileSync(file, 'indicator,area,period,value,source,published\nNI116,00FK,2005/06,22,ONS (test),2006-10-01\n');
    const refused = await importFile(file, councillor);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Nothing was imported');
    expect(refused.stderr).toContain('FORBIDDEN');
  }, 60_000);
});

describe('the outcome of an upload that brought back no report', () => {
  it('says nothing was imported when the platform refused the file, and that the outcome is unknown when the service died', () => {
    expect(
      describeFailure({ message: 'The header lacks the column(s) value', extensions: { code: 'BAD_USER_INPUT' } }, 400),
    ).toBe('Nothing was imported: The header lacks the column(s) value (BAD_USER_INPUT)');
    expect(
      describeFailure(
        {
          message: 'The evidence subgraph stopped before it answered the upload',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
        },
        502,
      ),
    ).toBe('No report came back: The evidence subgraph stopped before it answered the upload (SUBGRAPH_UNAVAILABLE)');
  });

  it('never says nothing was imported after a server error or a timeout, when the rows may have been committed', () => {
    const failure = (code: string | undefined, status: number) =>
      describeFailure({ message: 'It failed', extensions: code ? { code } : {} }, status);
    expect(failure('INTERNAL_SERVER_ERROR', 500)).toBe('No report came back: It failed (INTERNAL_SERVER_ERROR)');
    expect(failure(undefined, 504)).toBe('No report came back: It failed (HTTP 504)');
    expect(failure(undefined, 408)).toBe('No report came back: It failed (HTTP 408)');
    expect(failure('INTERNAL_SERVER_ERROR', 400)).toBe('No report came back: It failed (INTERNAL_SERVER_ERROR)');
    expect(failure('PAYLOAD_TOO_LARGE', 413)).toBe('Nothing was imported: It failed (PAYLOAD_TOO_LARGE)');
  });
});

describe('the progress line', () => {
  it('shows the share done, the megabytes and the rate', () => {
    expect(progressLine(0.5, 5 * 1_048_576, 10 * 1_048_576, 2)).toBe(
      `[${'#'.repeat(15)}${'.'.repeat(15)}]  50%  5.0/10.0 MB  2.5 MB/s`,
    );
    expect(progressLine(1, 512, 512, 1)).toBe(`[${'#'.repeat(30)}] 100%  0.5/0.5 kB  0.5 kB/s`);
  });
});
