import { authSecret, DEFAULT_GATEWAY_PORT_BASE, readEnvironment, regionPorts } from '@laa/config';
import { REGIONS, RegionCode } from '@laa/domain';
import { developmentUser, issueToken } from '@laa/identity';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ProgressBar } from './progress';
import { describeFailure, describeReport, writeRejectedRows } from './report';
import { uploadObservations } from './upload';

const USAGE = `Loads observations from a CSV file into one region, several, or all (published national data goes to every region).

  npm run import-evidence -- <file.csv> --region E12000003 [--token <token> | --user <demo user>]
  npm run import-evidence -- <file.csv> --region all --user analyst
  npm run import-evidence -- <file.csv> --gateway http://gateway.example/graphql --token <token>

Header: indicator,area,period,value,source,published and optionally numerator,denominator,ci_lower,ci_upper,provisional,synthetic.
The token is --token or LAA_TOKEN; in development --user signs one for a demo user (goanalyst, rm, po, analyst ...).
--region finds region n's gateway on port GATEWAY_PORT_BASE + n (4000 + n, as npm start prints).
Exit status: 0 every row loaded, 2 some rows rejected (listed in <file>.rejected.csv), 1 the import failed.`;

interface Target {
  region: RegionCode | null;
  gatewayUrl: string;
}

function targets(regionArg: string | undefined, gateway: string | undefined, portBase: number): Target[] {
  if (gateway) return [{ region: null, gatewayUrl: gateway }];
  if (!regionArg) throw new Error('Say where to load: --region <code>[,<code>...] or all, or --gateway <url>');
  const codes =
    regionArg === 'all' ? REGIONS.map((r) => r.code) : regionArg.split(',').map((c) => c.trim().toUpperCase());
  return codes.map((code) => {
    if (!REGIONS.some((r) => r.code === code)) throw new Error(`No region ${code}: use E12000001 ... E12000009`);
    const region = code as RegionCode;
    return {
      region,
      gatewayUrl: `http://localhost:${regionPorts(region, { gateway: portBase, subgraph: 0 }).gateway}/graphql`,
    };
  });
}

async function tokenFor(
  target: Target,
  given: string | undefined,
  user: string | undefined,
  secret: string,
): Promise<string> {
  if (given) return given;
  if (!user) throw new Error('Give a token (--token or LAA_TOKEN) or, in development, --user <demo user>');
  const person = developmentUser(user, target.region ?? 'E12000003', '00CG');
  if (!person) throw new Error(`No demo user "${user}"`);
  return issueToken(secret, person, 3600);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      gateway: { type: 'string' },
      token: { type: 'string' },
      user: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  const env = readEnvironment('the evidence import', {
    AUTH_SECRET: authSecret,
    LAA_TOKEN: z.string().optional(),
    GATEWAY_PORT_BASE: z.coerce.number().int().default(DEFAULT_GATEWAY_PORT_BASE),
  });
  const file = positionals[0];
  let status = 0;
  for (const target of targets(values.region, values.gateway, env.GATEWAY_PORT_BASE)) {
    console.error(`Loading ${file} into ${target.region ?? target.gatewayUrl} ...`);
    const token = await tokenFor(target, values.token ?? env.LAA_TOKEN, values.user, env.AUTH_SECRET);
    const bar = new ProgressBar();
    const answer = await uploadObservations(file, target.gatewayUrl, token, {
      onProgress: (sent, total) => bar.update(sent, total),
      onSent: () => bar.finish('Uploaded; merging into the evidence base ...'),
    });
    if ('error' in answer) {
      bar.finish(describeFailure(answer.error, answer.status));
      return 1;
    }
    console.log(describeReport(answer.report).join('\n'));
    if (answer.report.rejected > 0) {
      console.log(
        `Every rejected row, with its line, reason and the row itself: ${await writeRejectedRows(answer.report, file)}`,
      );
      status = 2;
    }
  }
  return status;
}

main().then(
  (status) => process.exit(status),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
