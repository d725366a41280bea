import { isRegionCode, REGIONS } from '@laa/domain';
import { developmentUser, issueToken } from '@laa/identity';
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The built console (nx build console), found from the sources or from the compiled services in dist/out-tsc. */
export const CONSOLE_DIST =
  process.env.CONSOLE_DIR ??
  [
    join(__dirname, '..', '..', '..', 'dist', 'apps', 'console'),
    join(__dirname, '..', '..', '..', '..', 'apps', 'console'),
  ].find((dir) => existsSync(join(dir, 'index.html'))) ??
  join(__dirname, '..', '..', '..', 'dist', 'apps', 'console');

export interface ConsoleRegion {
  code: string;
  name: string;
  gatewayUrl: string;
}

export interface RunningConsole {
  url: string;
  close(): Promise<void>;
}

/** Serves the console and its /config.json: every region with the gateway the browser should call. */
export async function serveConsole(options: {
  port: number;
  host?: string;
  regions: ConsoleRegion[];
  environment: string;
  /** Signs development tokens; only given outside production. */
  developmentAuthSecret?: string;
}): Promise<RunningConsole> {
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) {
    throw new Error(`The console is not built (${CONSOLE_DIST} is missing): run "npx nx build console"`);
  }
  const app = express();
  app.disable('x-powered-by');
  app.get('/config.json', (_req, res) => {
    res.set('cache-control', 'no-store').json({ regions: options.regions, environment: options.environment });
  });
  if (options.developmentAuthSecret) app.post('/dev/sign-in', developmentSignIn(options.developmentAuthSecret));
  app.use(express.static(CONSOLE_DIST));
  app.get(/.*/, (_req, res) => res.sendFile(join(CONSOLE_DIST, 'index.html')));
  const server = createServer(app);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** All nine regions for the national view: those not started here are shown as unavailable. */
export function consoleRegions(gatewayUrls: Map<string, string>, defaultUrl: (n: number) => string): ConsoleRegion[] {
  return REGIONS.map((region) => ({
    code: region.code,
    name: region.name,
    gatewayUrl: gatewayUrls.get(region.code) ?? defaultUrl(region.number),
  }));
}

const DEV_TOKEN_SECONDS = 8 * 3600;

/** The quick start's identity provider: a token for a demo user (POST /dev/sign-in?user=rm&region=E12000008&area=00ML). */
function developmentSignIn(secret: string): express.RequestHandler {
  return async (req, res) => {
    const { user: key, region, area } = req.query as Record<string, string | undefined>;
    if (!key || !region || !isRegionCode(region)) {
      res.status(400).json({ error: 'user and a region code (E12000001 to E12000009) are required' });
      return;
    }
    const user = developmentUser(key, region, area ?? '');
    if (!user) {
      res
        .status(400)
        .json({ error: `no demo user "${key}": use rm, tl, drd, rd, po, cllr, partner, analyst or minister` });
      return;
    }
    if (user.grants.some((grant) => grant.area !== undefined) && !area) {
      res.status(400).json({ error: `${user.name} acts for one area: give its code, e.g. 00ML` });
      return;
    }
    res
      .set('cache-control', 'no-store')
      .json({ token: await issueToken(secret, user, DEV_TOKEN_SECONDS), name: user.name });
  };
}
