import { authSecret, readEnvironment, regionCode } from '@laa/config';
import { developmentUser, issueToken } from '@laa/identity';
import { z } from 'zod';

/** Prints a development token for a demo user: `npm run token -- rm` (rm, tl, drd, rd, po, cllr, partner, analyst, minister, goanalyst, steward). */
async function main(): Promise<void> {
  const env = readEnvironment('the development token tool', {
    REGION: regionCode.default('E12000003'),
    AREA: z.string().default('00CG'),
    AUTH_SECRET: authSecret,
  });
  const wanted = process.argv[2] ?? 'rm';
  const user = developmentUser(wanted, env.REGION, env.AREA);
  if (!user)
    throw new Error(
      `No demo user "${wanted}": use rm, tl, drd, rd, po, cllr, partner, analyst, minister, goanalyst or steward`,
    );
  console.log(await issueToken(env.AUTH_SECRET, user, 8 * 3600));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
