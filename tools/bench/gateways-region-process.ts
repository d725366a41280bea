import 'reflect-metadata';
import { SubgraphName } from '@laa/config';
import { prepareAgreements } from './agreements-fixture';
import { startBenchRegion } from './bench-region';
import { BENCH_REGION, SMALL_AGREEMENT_TARGETS } from './config';

// The subgraphs' side of the gateway benchmark, in a process of its own so that its CPU is read apart from the
// gateways' and the load generator's: starts the bench region (the four subgraphs, demo data), gives one agreement
// SMALL_AGREEMENT_TARGETS targets, prints `READY {json}` and serves until SIGTERM. Its own gateway stays idle.

export interface GatewaysRegion {
  subgraphUrls: Record<SubgraphName, string>;
  authSecret: string;
  smallAreaCode: string;
}

async function main(): Promise<void> {
  const bench = await startBenchRegion(BENCH_REGION, { forceEmbedded: false });
  process.once('SIGTERM', () => void bench.stop().finally(() => process.exit(0)));
  try {
    const [agreement] = await prepareAgreements(bench.databaseConnection, BENCH_REGION, [SMALL_AGREEMENT_TARGETS]);
    const ready: GatewaysRegion = {
      subgraphUrls: bench.region.subgraphUrls,
      authSecret: bench.authSecret,
      smallAreaCode: agreement.areaCode,
    };
    process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
  } catch (error) {
    await bench.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
