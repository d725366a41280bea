import { authSecret, DEFAULT_GATEWAY_PORT_BASE, readEnvironment, regionPorts } from '@laa/config';
import { REGIONS, RegionCode } from '@laa/domain';
import { developmentUser, issueToken } from '@laa/identity';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { complete, CorrectionInput, correctInRegion, describeOutcome } from './correction';

const USAGE = `A national data steward corrects one reference value of a national indicator, in every region (as national data goes).

  npm run correct-indicator -- NI2 --title "<title>" --source "<where it comes from>" --from 2008-04-01 --region all --user steward
  npm run correct-indicator -- NI102 --statutory yes --source "<source>" --from 2009-04-01 --region all --token <token>
  npm run correct-indicator -- NI8 --polarity LOWER_IS_BETTER --source "<source>" --from 2008-04-01 --gateway http://gateway.example/graphql

Exactly one of --title, --department (CLG, DCSF, DH, HOME_OFFICE ...), --polarity (HIGHER_IS_BETTER, LOWER_IS_BETTER) or
--statutory (yes|no). --source is required; --from is the day the value holds from (YYYY-MM-DD).
The token is --token or LAA_TOKEN (a DATA_STEWARD's); in development --user steward signs one.
--region finds region n's gateway on port GATEWAY_PORT_BASE + n; --gateway (repeatable) names gateways.
Each region's answer is printed. Exit status: 0 every region holds the correction, 1 any did not (send it again: a region
that already holds it records nothing twice).`;

const OPTIONS = {
  title: { type: 'string' },
  department: { type: 'string' },
  polarity: { type: 'string' },
  statutory: { type: 'string' },
  source: { type: 'string' },
  from: { type: 'string' },
  region: { type: 'string' },
  gateway: { type: 'string', multiple: true },
  token: { type: 'string' },
  user: { type: 'string' },
  help: { type: 'boolean' },
} as const;

function correction(
  indicator: string,
  values: Record<string, string | string[] | boolean | undefined>,
): CorrectionInput {
  if (typeof values.source !== 'string' || !values.source.trim())
    throw new Error('--source is required: where the corrected value comes from');
  if (typeof values.from !== 'string') throw new Error('--from is required: the day the value holds from (YYYY-MM-DD)');
  const statutory = values.statutory === undefined ? undefined : /^(yes|true)$/i.test(String(values.statutory));
  if (values.statutory !== undefined && !/^(yes|no|true|false)$/i.test(String(values.statutory)))
    throw new Error('--statutory is yes or no');
  const input: CorrectionInput = { indicator, source: values.source, effectiveFrom: values.from };
  if (typeof values.title === 'string') input.title = values.title;
  if (typeof values.department === 'string') input.department = values.department.toUpperCase();
  if (typeof values.polarity === 'string') input.polarity = values.polarity.toUpperCase();
  if (statutory !== undefined) input.statutoryDcsf = statutory;
  return input;
}

function gateways(
  regionArg: string | undefined,
  given: string[] | undefined,
  portBase: number,
): { where: string; region: RegionCode | null; url: string }[] {
  if (given?.length) return given.map((url) => ({ where: url, region: null, url }));
  if (!regionArg) throw new Error('Say where: --region <code>[,<code>...] or all, or --gateway <url>');
  const codes =
    regionArg === 'all' ? REGIONS.map((r) => r.code) : regionArg.split(',').map((c) => c.trim().toUpperCase());
  return codes.map((code) => {
    const region = REGIONS.find((r) => r.code === code);
    if (!region) throw new Error(`No region ${code}: use E12000001 ... E12000009`);
    const url = `http://localhost:${regionPorts(region.code, { gateway: portBase, subgraph: 0 }).gateway}/graphql`;
    return { where: `${region.code} ${region.name}`, region: region.code, url };
  });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: OPTIONS });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  const env = readEnvironment('the indicator correction', {
    AUTH_SECRET: authSecret,
    LAA_TOKEN: z.string().optional(),
    GATEWAY_PORT_BASE: z.coerce.number().int().default(DEFAULT_GATEWAY_PORT_BASE),
  });
  const input = correction(positionals[0], values);
  const token = values.token ?? env.LAA_TOKEN ?? (await demoToken(values.user, env.AUTH_SECRET));
  let status = 0;
  for (const gateway of gateways(values.region, values.gateway, env.GATEWAY_PORT_BASE)) {
    const outcome = await correctInRegion(gateway.url, token, input);
    console.log(describeOutcome(gateway.where, outcome));
    if (!complete(outcome)) status = 1;
  }
  return status;
}

/** The steward is national: one token serves every region. */
async function demoToken(user: string | undefined, secret: string): Promise<string> {
  if (!user) throw new Error('Give a token (--token or LAA_TOKEN) or, in development, --user steward');
  const person = developmentUser(user, 'E12000003', '00CG');
  if (!person) throw new Error(`No demo user "${user}"`);
  return issueToken(secret, person, 3600);
}

main().then(
  (status) => process.exit(status),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
