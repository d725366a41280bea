import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const GATEWAY = join(ROOT, 'dist', 'out-tsc', 'apps', 'gateway', 'src', 'main.js');
const SUBGRAPHS = { EVIDENCE_URL: 'http://127.0.0.1:1/graphql', AGREEMENTS_URL: 'http://127.0.0.1:1/graphql', PARTNERS_URL: 'http://127.0.0.1:1/graphql', SIGNOFF_URL: 'http://127.0.0.1:1/graphql' };

function runGateway(env: Record<string, string>) {
  const child = spawn(process.execPath, [GATEWAY], { env: { PATH: process.env.PATH, REGION: 'E12000005', ...SUBGRAPHS, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

describe('the production build (tsc + tsc-alias, run with plain node)', () => {
  beforeAll(() => {
    execFileSync('bash', [join(ROOT, 'tools', 'scripts', 'build-services.sh')], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);

  it('refuses to start in production with the development secret, naming the variable', async () => {
    const gateway = runGateway({ NODE_ENV: 'production' });
    const [code] = await once(gateway.child, 'exit');
    expect(code).toBe(1);
    expect(gateway.output()).toMatch(/AUTH_SECRET: production needs its own secret/);
  });

  it('starts the compiled gateway with its supergraph and safelist, introspection off', async () => {
    const gateway = runGateway({ NODE_ENV: 'production', AUTH_SECRET: 'a-production-secret-of-at-least-32-chars', PORT: '24950' });
    try {
      let health: Response | undefined;
      for (let attempt = 0; attempt < 100 && !health?.ok; attempt++) {
        health = await fetch('http://127.0.0.1:24950/health').catch(() => undefined);
        if (!health?.ok) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(health?.status).toBe(200);
      const introspection = await fetch('http://127.0.0.1:24950/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
      const body = (await introspection.json()) as { errors?: { message: string }[] };
      expect(body.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      gateway.child.kill();
    }
  });
});
