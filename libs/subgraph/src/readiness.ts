import { DataSource, MigrationExecutor } from 'typeorm';

/** One thing a service needs before it can answer: throws with the reason when it is not there. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
  /** Another service (a peer subgraph, or a subgraph behind the gateway), not this one's own state. */
  peer?: boolean;
}

/**
 * The checks `/ready` runs: all of them, or with `?peers=false` only the service's own (its database and
 * migrations). An orchestrator's readiness probe asks the latter: a pod taken out of service because another
 * service is down would turn one subgraph's outage into the whole region's (the gateway's pods gone from its
 * Service, and with them every other subgraph's fields).
 */
export function checksAsked(checks: ReadinessCheck[], query: Record<string, unknown>): ReadinessCheck[] {
  return query.peers === 'false' ? checks.filter((check) => !check.peer) : checks;
}

/** What /ready answers: each check's state, 'ok' or why not. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

/** Kept short: a probe must answer before the orchestrator's own timeout, and a slow dependency is as good as down. */
export const READINESS_TIMEOUT_MS = 1_000;

/** Runs every check at once, each bounded by the timeout. */
export async function checkReadiness(checks: ReadinessCheck[], timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(
      async (readiness) =>
        [
          readiness.name,
          await withTimeout(readiness.check(), timeoutMs).then(
            () => 'ok',
            (error: Error) => error.message,
          ),
        ] as const,
    ),
  );
  return { ready: results.every(([, state]) => state === 'ok'), checks: Object.fromEntries(results) };
}

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The database answers and every migration of the subgraph is applied. */
export function databaseReadiness(dataSource: DataSource): ReadinessCheck {
  return {
    name: 'database',
    async check() {
      await dataSource.query('SELECT 1').catch((error: Error) => {
        throw new Error(`database unreachable: ${error.message}`);
      });
      const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
      if (pending.length > 0) throw new Error(`migrations pending: ${pending.map((m) => m.name).join(', ')}`);
    },
  };
}

/** Another service is alive: its /health answers (not its /ready, so two peers that call each other never wait on each other). */
export function serviceAnswers(
  name: string,
  graphqlUrl: () => string | undefined,
  urlVariable: string,
  timeoutMs = READINESS_TIMEOUT_MS,
): ReadinessCheck {
  return {
    name,
    peer: true,
    async check() {
      const url = graphqlUrl();
      if (!url) throw new Error(`not configured (${urlVariable})`);
      const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) }).catch(
        (error: Error) => {
          throw new Error(`down: ${describeFetchFailure(error)}`);
        },
      );
      if (!response.ok) throw new Error(`down: /health answered ${response.status}`);
    },
  };
}

/** fetch hides the socket's reason (ECONNREFUSED ...) in its cause; undici's request (the gateway's) gives it as the code. */
export function describeFetchFailure(error: Error): string {
  const { cause, code } = error as Error & { cause?: { code?: string; message?: string }; code?: string };
  if (error.name === 'TimeoutError') return 'no answer in time';
  return cause?.code ?? cause?.message ?? code ?? error.message;
}
