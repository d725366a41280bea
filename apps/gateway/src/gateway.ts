import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  AuthSettings,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  SUBGRAPH_NAMES,
  SUBGRAPH_TOPOLOGY,
  SubgraphName,
} from '@laa/config';
import { subgraphUnavailable } from '@laa/errors';
import { RegionCode } from '@laa/domain';
import { createTokenVerifier, GATEWAY_KEY_HEADER, gatewayKey } from '@laa/identity';
import {
  credentialCheck,
  describeFetchFailure,
  hardenedServerOptions,
  Logger,
  metricsPlugin,
  RunningHttp,
  serveGraphql,
  serviceAnswers,
} from '@laa/subgraph';
import { ServiceMetrics } from '@laa/telemetry';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessLog, refusedRequestLog } from './access-log';
import { GatewayContext } from './gateway-context';
import { DEFAULT_IN_FLIGHT_LIMIT, InFlightLimit, inFlightLimit } from './in-flight-limit';
import { rateLimit } from './rate-limit';
import { uploadRoutes } from './upload-forwarding';
import { authenticate, RequestCallers } from './request-callers';
import { readSafelist, safelistGuard } from './safelist';
import { subgraphFetcher } from './subgraph-fetcher';

/** The supergraph composed by tools/supergraph from the four subgraphs; a test keeps it current. */
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

export type { GatewayContext } from './gateway-context';

export interface GatewayOptions {
  region: RegionCode;
  port: number;
  host?: string;
  /** Where this region's subgraphs answer; overrides the URLs in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Verifies tokens at the edge too, so a bad one is refused before any subgraph is called. */
  auth: AuthSettings;
  log: Logger;
  corsOrigins?: string[] | true;
  /** Requests a minute per client (signed-in caller, or address for the public). */
  rateLimitPerMinute?: number;
  /** Operations one client may run at once, and how long and how many further ones wait (default 4, 30 s, 16). */
  inFlight?: InFlightLimit;
  /** Council systems may run only safelisted operations (on by default in production). */
  safelistOnlyForCouncilSystems?: boolean;
  /** Also report Node's process metrics: only when the gateway has the process to itself. */
  processMetrics?: boolean;
}

/** How long a subgraph may take before its fields fail SUBGRAPH_UNAVAILABLE (the other subgraphs' fields still answer). */
export const SUBGRAPH_TIMEOUT_MS = 30_000;

/** Forwards the caller's token so every subgraph checks access itself, and vouches for the request. */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly key: string,
    private readonly log: Logger,
    private readonly metrics: ServiceMetrics,
  ) {
    super({ url, fetcher: subgraphFetcher() });
    const fetchOnce = this.fetcher;
    this.fetcher = (input, init) => fetchOnce(input, { ...init, signal: AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS) });
  }

  /** A subgraph that does not answer (down, restarting, too slow) is named with a stable code, not a socket error and its address. */
  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response) throw error;
    this.log.warn('a subgraph did not answer', { subgraph: this.name, reason: describeFetchFailure(error) });
    throw subgraphUnavailable(this.name);
  }

  /** Times each fetch from the subgraph for the metrics, by the client's operation. */
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource['process']> {
    const started = performance.now();
    const operation = 'incomingRequestContext' in options ? options.incomingRequestContext.operationName : undefined;
    let failed = true;
    try {
      const response = await super.process(options);
      failed = Boolean(response.errors?.length);
      return response;
    } finally {
      this.metrics.recordSubgraphFetch(this.name, operation, (performance.now() - started) / 1000, failed);
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    request.http?.headers.set(GATEWAY_KEY_HEADER, this.key);
    // Some of Apollo's internal requests carry a context of its own (typed `any`): only a caller's token is passed on.
    const authorization: unknown = context.authorization;
    if (typeof authorization === 'string' && authorization) request.http?.headers.set('authorization', authorization);
  }
}

/**
 * @apollo/gateway reports to Apollo (usage-reporting.api.apollographql.com) unless this is set: a metrics SDK per
 * gateway that probes cloud metadata addresses at start and sends figures about the host every hour. The platform
 * sends nothing anywhere it was not told to.
 */
function turnOffApolloDataCollection(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttp> {
  turnOffApolloDataCollection();
  const log = options.log.child({ service: 'gateway', region: options.region });
  const key = gatewayKey(options.auth.secret);
  const service = { service: 'gateway', region: options.region };
  const metrics = new ServiceMetrics(service, { processMetrics: options.processMetrics });
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) =>
      new AuthenticatedDataSource(name, options.subgraphUrls[name as SubgraphName], key, log, metrics),
  });
  // A council system's token is checked against its credential at partners on every request: revocation is immediate.
  const callers = new RequestCallers(
    createTokenVerifier(options.auth, { credentials: credentialCheck(options.subgraphUrls, options.auth.secret) }),
  );
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...hardenedServerOptions(log, !options.auth.production, [accessLog(log), metricsPlugin<GatewayContext>(metrics)]),
  });
  const limit = rateLimit(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE, callers);
  const http = await serveGraphql({
    apollo,
    port: options.port,
    host: options.host,
    service,
    metrics,
    corsOrigins: options.corsOrigins,
    uploads: uploadRoutes(options.subgraphUrls, key, callers, [refusedRequestLog(log), limit]),
    before: [refusedRequestLog(log)],
    guards: [
      authenticate(callers),
      limit,
      inFlightLimit(options.inFlight ?? DEFAULT_IN_FLIGHT_LIMIT, callers),
      safelistGuard(readSafelist(), callers, options.safelistOnlyForCouncilSystems ?? options.auth.production),
    ],
    context: async ({ req }) => {
      const caller = await callers.of(req);
      return { authorization: req.headers.authorization, callerId: caller.authenticated ? caller.id : undefined };
    },
    identity: { service: 'gateway', region: options.region },
    // Ready when every subgraph answers; /ready names the ones that do not.
    readiness: SUBGRAPH_NAMES.map((name) =>
      serviceAnswers(name, () => options.subgraphUrls[name], SUBGRAPH_TOPOLOGY[name].urlVariable),
    ),
  });
  log.info('gateway ready', { url: http.url });
  return http;
}
