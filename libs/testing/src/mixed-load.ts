import { Department, RegionCode } from '@laa/domain';
import { Role } from '@laa/identity';
import { GraphqlResponse, TestRegion } from './region-harness';

/**
 * Eight clients at once against one region, as a GO's morning looks: federated reads of areas and their
 * agreements, the sign-off's readiness (read across subgraphs), and target edits with the version read
 * (optimistic locking: a CONFLICT is an answer). Counts what each request got and how long it took.
 */
export interface MixedLoadOptions {
  clients: number;
  requestsPerClient: number;
  /** A request not answered in this time counts as unanswered (and the load goes on). */
  answerWithinMs: number;
}

export interface MixedLoadResult {
  requests: number;
  /** extensions.code of each error, or the HTTP status for a 5xx, with how many. */
  errorCodes: Record<string, number>;
  serverErrors: number;
  unanswered: number;
  reads: number;
  writes: number;
  seconds: number;
  /** Answers a second, all requests. */
  throughput: number;
  p95Ms: number;
}

type Areas = { areas: { code: string; agreement: { id: string; stage: string; targets: { id: string }[] } | null }[] };
type Targets = { agreement: { targets: { id: string; version: number; levels: number[] }[] } | null };

const AREA_READ = `query ($code: String!) { area(code: $code) { name partnership { name } districts { name }
  agreement { stage signOff { stage version } targets { id version kind levels indicator { code title theme } baseline { value period } } } } }`;
const READINESS =
  'query ($id: ID!) { agreement(id: $id) { signOff { stage readiness { nextStage ready blockers { kind } } } } }';
const TARGETS = 'query ($id: ID!) { agreement(id: $id) { targets { id version levels } } }';
const SET_LEVELS = 'mutation ($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version } }';

/** What the load needs of a region: tokens and the gateway (a TestRegion, or a benchmark's region). */
export type LoadTarget = Pick<TestRegion, 'tokenFor' | 'query'>;

export async function runMixedLoad(
  region: LoadTarget,
  code: RegionCode,
  options: MixedLoadOptions,
): Promise<MixedLoadResult> {
  const rm = await region.tokenFor({
    id: `load-rm-${code}`,
    name: 'Load relationship manager',
    grants: [{ role: Role.RELATIONSHIP_MANAGER, region: code }],
  });
  const { data } = await region.query<Areas>('{ areas { code agreement { id stage targets { id } } } }', { token: rm });
  const areas = data!.areas.filter((a) => a.agreement);
  const drafts = areas.filter((a) => a.agreement!.stage !== 'SUBMITTED' && a.agreement!.targets.length);
  const tally = new Tally(options.answerWithinMs);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      // Each client is its own person, as the gateway counts callers (each may have 4 operations in flight).
      const token = await region.tokenFor({
        id: `load-rm-${code}-${client}`,
        name: `Load relationship manager ${client + 1}`,
        grants: [{ role: Role.RELATIONSHIP_MANAGER, region: code }],
      });
      for (let i = 0; i < options.requestsPerClient; i++) {
        const area = areas[(client * 7 + i) % areas.length];
        const kind = (client + i) % 4;
        if (kind === 0 && drafts.length)
          await editTarget(region, tally, token, drafts[(client + i) % drafts.length].agreement!.id);
        else if (kind === 1)
          await tally.read(region.query(READINESS, { variables: { id: area.agreement!.id }, token }));
        else await tally.read(region.query(AREA_READ, { variables: { code: area.code }, token }));
      }
    }),
  );
  return tally.result((performance.now() - started) / 1000);
}

/** Reads the target's version and writes its levels back with one changed: another client may have written first. */
async function editTarget(region: LoadTarget, tally: Tally, token: string, agreementId: string): Promise<void> {
  const read = await tally.read(region.query<Targets>(TARGETS, { variables: { id: agreementId }, token }));
  const target = read?.data?.agreement?.targets[0];
  if (!target || !target.levels.length) return;
  const levels = target.levels.map((level, index) => (index === 0 ? Math.round(level * 10 + 1) / 10 : level));
  await tally.write(
    region.query(SET_LEVELS, {
      variables: { input: { targetId: target.id, expectedVersion: target.version, levels } },
      token,
    }),
  );
}

class Tally {
  private readonly durations: number[] = [];
  private readonly errorCodes: Record<string, number> = {};
  private serverErrors = 0;
  private unanswered = 0;
  private reads = 0;
  private writes = 0;

  constructor(private readonly answerWithinMs: number) {}

  read<D>(request: Promise<GraphqlResponse<D>>) {
    this.reads++;
    return this.timed(request);
  }

  write<D>(request: Promise<GraphqlResponse<D>>) {
    this.writes++;
    return this.timed(request);
  }

  private async timed<D>(request: Promise<GraphqlResponse<D>>): Promise<GraphqlResponse<D> | null> {
    const started = performance.now();
    const answer = await withinDeadline(
      request.catch((error: Error) => ({
        status: 599,
        errors: [{ message: error.message, extensions: { code: 'NO_ANSWER' } }],
      })),
      this.answerWithinMs,
    );
    this.durations.push(performance.now() - started);
    if (!answer) {
      this.unanswered++;
      return null;
    }
    if (answer.status >= 500) this.serverErrors++;
    for (const error of answer.errors ?? []) {
      const code = typeof error.extensions?.code === 'string' ? error.extensions.code : `HTTP_${answer.status}`;
      this.errorCodes[code] = (this.errorCodes[code] ?? 0) + 1;
    }
    return answer;
  }

  result(seconds: number): MixedLoadResult {
    const sorted = [...this.durations].sort((a, b) => a - b);
    return {
      requests: this.durations.length,
      errorCodes: this.errorCodes,
      serverErrors: this.serverErrors,
      unanswered: this.unanswered,
      reads: this.reads,
      writes: this.writes,
      seconds,
      throughput: this.durations.length / seconds,
      p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    };
  }
}

function withinDeadline<T>(answer: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

/** The four CLG Ministers of the load test, each their own person. */
export const MINISTERS = [1, 2, 3, 4].map((n) => ({
  id: `minister-load-${n}`,
  name: `Minister ${n}`,
  grants: [{ role: Role.MINISTER, department: Department.CLG }],
}));
