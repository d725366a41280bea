import { developmentUser } from '@laa/identity';
import { TestRegion } from '@laa/testing';
import { startTestRegion } from '@laa/platform/testing';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describeOutcome } from './correction';

const ROOT = join(__dirname, '..', '..');
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion('E12000005', { seedDemo: false });
}, 600_000);
afterAll(() => region?.stop());

/** Runs `npm run correct-indicator` as a steward would. */
async function correctIndicator(args: string[]) {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(ROOT, 'tools/indicator-correction/main.ts'), ...args],
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

describe('the command-line correction (npm run correct-indicator)', () => {
  it('sends a statutory correction to each gateway and says per region what happened, failing where one did not answer', async () => {
    const token = await region.tokenFor(developmentUser('steward', 'E12000005', '00CN')!);
    const unreachable = 'http://127.0.0.1:1/graphql';
    const args = [
      'NI 105',
      '--statutory',
      'yes',
      '--source',
      'DCSF letter (test)',
      '--from',
      '2009-04-01',
      '--token',
      token,
    ];
    const first = await correctIndicator([...args, '--gateway', region.gatewayUrl, '--gateway', unreachable]);
    expect(first.status).toBe(1);
    const [here, there] = first.stdout.trim().split('\n');
    expect(here).toBe(`${region.gatewayUrl}: recorded (indicator revision 2); agreements holds the correction`);
    expect(there).toMatch(/^http:\/\/127\.0\.0\.1:1\/graphql: FAILED, the gateway did not answer/);

    const again = await correctIndicator([...args, '--gateway', region.gatewayUrl]);
    expect(again).toMatchObject({
      status: 0,
      stdout: `${region.gatewayUrl}: already held (indicator revision 2), nothing recorded twice; agreements holds the correction\n`,
    });
    const { data } = await region.query<{ statutorySet: { indicator: { code: string } }[] }>(
      '{ statutorySet(on: "2009-04-01") { indicator { code } } }',
    );
    expect(data!.statutorySet.map((m) => m.indicator.code)).toContain('NI105');
  });

  it('refuses without a source before sending anything, and reports a refused region with its code', async () => {
    expect(
      await correctIndicator([
        'NI2',
        '--title',
        'X',
        '--from',
        '2008-04-01',
        '--gateway',
        region.gatewayUrl,
        '--token',
        'x',
      ]),
    ).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('--source is required'),
    });
    const rm = await region.tokenFor(developmentUser('rm', 'E12000005', '00CN')!);
    const refused = await correctIndicator([
      'NI2',
      '--title',
      'X',
      '--source',
      's',
      '--from',
      '2008-04-01',
      '--gateway',
      region.gatewayUrl,
      '--token',
      rm,
    ]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(
      'FAILED, FORBIDDEN: Only a national data steward (CLG) corrects the national indicator set',
    );
  });

  it('words each outcome so that a region missing the correction stands out', () => {
    expect(
      describeOutcome('E12000001 North East', { ok: true, recorded: true, revision: 3, agreementsUpdated: null }),
    ).toBe('E12000001 North East: recorded (indicator revision 3)');
    expect(
      describeOutcome('E12000002 North West', { ok: true, recorded: true, revision: 3, agreementsUpdated: false }),
    ).toContain('AGREEMENTS DID NOT ANSWER');
  });
});
