// Tracing first (when the benchmark gives this process an OTLP endpoint), as in every service's main.ts.
import '@laa/telemetry/register';
import 'reflect-metadata';
import { developmentUsers, issueToken, Role } from '@laa/identity';
import { prepareAgreements } from './agreements-fixture';
import { startBenchRegion } from './bench-region';
import { BENCH_REGION, LARGE_AGREEMENT_TARGETS } from './config';

// One side of the tracing benchmark, in its own process so that the untraced side never loads the
// OpenTelemetry SDK (as in production without OTEL_EXPORTER_OTLP_ENDPOINT): starts the bench region,
// gives one agreement 35 targets, prints `READY {json}` and serves until SIGTERM.

export interface ReadyRegion {
  gatewayUrl: string;
  token: string;
  areaCode: string;
  targetCount: number;
}

async function main(): Promise<void> {
  const bench = await startBenchRegion(BENCH_REGION, { forceEmbedded: false });
  process.once('SIGTERM', () => void bench.stop().finally(() => process.exit(0)));
  try {
    const [agreement] = await prepareAgreements(bench.databaseConnection, BENCH_REGION, [LARGE_AGREEMENT_TARGETS]);
    const manager = developmentUsers(BENCH_REGION, agreement.areaCode).find((u) =>
      u.grants.some((g) => g.role === Role.RELATIONSHIP_MANAGER),
    );
    if (!manager) throw new Error('No development relationship manager');
    const ready: ReadyRegion = {
      gatewayUrl: bench.region.gatewayUrl,
      token: await issueToken(bench.authSecret, manager),
      areaCode: agreement.areaCode,
      targetCount: agreement.targetCount,
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
