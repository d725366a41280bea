import { regionList } from '@laa/config';
import { z } from 'zod';
import { runSoak } from './soak';
import { soakPassed, soakTable } from './table';

/**
 * npm run soak -- [--regions E12000004,E12000006] [--operations 2000] [--concurrency 8] [--server postgres://...]
 *   [--port 25000] [--ready-seconds 600]
 * Prints a table and exits 1 when any check failed or any request got a 5xx, an internal error or no answer.
 */
async function main(): Promise<void> {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args.set(argv[i].replace(/^--/, ''), argv[i + 1] ?? '');
  const options = z
    .object({
      regions: regionList,
      operations: z.coerce.number().int().min(10).max(100_000).default(2000),
      concurrency: z.coerce.number().int().min(1).max(32).default(8),
      server: z.string().optional(),
      port: z.coerce.number().int().min(1024).max(60_000).default(25_000),
      'ready-seconds': z.coerce.number().int().min(10).max(3600).default(600),
    })
    .parse({
      regions: args.get('regions') ?? 'E12000004,E12000006',
      operations: args.get('operations'),
      concurrency: args.get('concurrency'),
      server: args.get('server'),
      port: args.get('port'),
      'ready-seconds': args.get('ready-seconds'),
    });
  const report = await runSoak({
    regions: options.regions,
    operations: options.operations,
    concurrency: options.concurrency,
    databaseUrl: options.server,
    gatewayPortBase: options.port,
    readySeconds: options['ready-seconds'],
    log: (line) => console.log(line),
  });
  console.log(soakTable(report));
  process.exit(soakPassed(report) ? 0 : 1);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
