import { ApolloServer } from '@apollo/server';
import { Duplex } from 'node:stream';
import { openSubgraphDatabase, poolUse, reportSlowQueries } from '@laa/database';
import { RegionCode } from '@laa/domain';
import { AuthSettings, SUBGRAPH_TOPOLOGY, SubgraphName } from '@laa/config';
import { ErrorCode, requestRefused } from '@laa/errors';
import { ServiceMetrics } from '@laa/telemetry';
import {
  Caller,
  createTokenVerifier,
  CredentialCheck,
  GATEWAY_KEY_HEADER,
  isGatewayKey,
  PEER_HEADER,
  PEER_KEY_HEADER,
  verifiedPeer,
} from '@laa/identity';
import { credentialCheck } from './credential-check';
import { directCallsPlugin } from './direct-calls';
import { readSafelist } from './safelist';
import { SubgraphContext } from './context';
import { SubgraphDefinition } from './definition';
import { hardenedServerOptions } from './errors';
import { noStorePlugins } from './no-cache-hints';
import { RunningHttp, serveGraphql } from './http';
import { LoaderRegistry } from './loaders';
import { Logger } from './logger';
import { metricsPlugin } from './metrics-plugin';
import { PeerUrls, peerSubgraphs } from './peers';
import { sharedFederatedSchema } from './schema';
import { auditedCaller, changeAuditPlugin } from './audit';
import { nulGuardPlugin } from './nul-guard';
import { signedInChangesPlugin } from './signed-in-changes';
import { uploadHandler } from './uploads';
import { databaseReadiness, ReadinessCheck, serviceAnswers } from './readiness';

export interface SubgraphRuntimeOptions {
  region: RegionCode;
  databaseUrl: string;
  /** The embedded database's connections, opened in process (databaseUrl then only names it). */
  databaseStream?: () => Duplex;
  port: number;
  host?: string;
  auth: AuthSettings;
  /** The region's subgraphs already running, for facts this one does not own. */
  peers?: PeerUrls;
  log: Logger;
  seedDemo: boolean;
  poolSize?: number;
  /** Also report Node's process metrics: only when the subgraph has the process to itself. */
  processMetrics?: boolean;
}

export interface RunningSubgraph extends RunningHttp {
  name: string;
  stop(): Promise<void>;
}

/**
 * Who is calling a subgraph. Defence in depth: it answers its gateway, or a caller with a valid token, never an
 * anonymous caller directly; a council system's token coming without the gateway has its credential checked here.
 */
function requestCallers(options: SubgraphRuntimeOptions, ownCheck: CredentialCheck | undefined, log: Logger) {
  const vouched = createTokenVerifier(options.auth);
  const direct = createTokenVerifier(options.auth, {
    credentials: ownCheck ?? credentialCheck(options.peers ?? {}, options.auth.secret),
  });
  return async (
    authorization: string | undefined,
    key: string | string[] | undefined,
  ): Promise<{ caller: Caller; viaGateway: boolean }> => {
    const viaGateway = isGatewayKey(options.auth.secret, key);
    if (!authorization && !viaGateway) {
      throw requestRefused(
        ErrorCode.GATEWAY_REQUIRED,
        'Call the regional gateway: a subgraph answers direct calls only with a valid token',
        401,
      );
    }
    const caller = await (viaGateway ? vouched : direct).callerFrom(authorization);
    return { caller: auditedCaller(caller, log), viaGateway };
  };
}

/** Migrates, seeds and serves one subgraph of one region. */
export async function startSubgraph<S>(
  definition: SubgraphDefinition<S>,
  options: SubgraphRuntimeOptions,
): Promise<RunningSubgraph> {
  const log = options.log.child({ subgraph: definition.name, region: options.region });
  const service = { service: definition.name, region: options.region };
  const metrics = new ServiceMetrics(service, { processMetrics: options.processMetrics });
  const dataSource = await openSubgraphDatabase({
    url: options.databaseUrl,
    stream: options.databaseStream,
    schema: definition.databaseSchema,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: options.poolSize,
    onLog: (level, message, fields) => log[level](message, fields),
  });
  try {
    await definition.seed?.({ dataSource, region: options.region, demo: options.seedDemo, log });
    reportSlowQueries(dataSource);
    metrics.watchPool(() => poolUse(dataSource));
    const services = definition.createServices(dataSource, options.region, {
      authSecret: options.auth.secret,
      peers: peerSubgraphs(
        options.peers ?? {},
        options.auth.secret,
        SUBGRAPH_TOPOLOGY[definition.name].calls,
        log,
        definition.name,
      ),
      metrics,
    });
    const callerOf = requestCallers(options, definition.credentialCheck?.(services), log);
    const callerThroughGateway = async (authorization: string | undefined, key: string | string[] | undefined) =>
      (await callerOf(authorization, key)).caller;
    const apollo = new ApolloServer<SubgraphContext<S>>({
      schema: await sharedFederatedSchema(definition),
      ...hardenedServerOptions(log, !options.auth.production, [
        signedInChangesPlugin<S>(definition.publicMutations),
        nulGuardPlugin<SubgraphContext<S>>(),
        changeAuditPlugin<S>(),
        directCallsPlugin<S>(readSafelist()),
        metricsPlugin<SubgraphContext<S>>(metrics),
        ...noStorePlugins<SubgraphContext<S>>(),
      ]),
    });
    const http = await serveGraphql({
      apollo,
      port: options.port,
      host: options.host,
      service,
      metrics,
      context: async ({ req }) => ({
        ...(await callerOf(req.headers.authorization, req.headers[GATEWAY_KEY_HEADER])),
        region: options.region,
        loaders: new LoaderRegistry(),
        services,
        log,
        authorization: req.headers.authorization,
        peer: verifiedPeer(options.auth.secret, req.headers[PEER_HEADER], req.headers[PEER_KEY_HEADER]),
      }),
      uploads: (definition.uploads ?? []).map((route) => ({
        path: route.path,
        handlers: [
          uploadHandler(route, async (req) => ({
            caller: await callerThroughGateway(req.headers.authorization, req.headers[GATEWAY_KEY_HEADER]),
            region: options.region,
            services,
            log,
          })),
        ],
      })),
      identity: { subgraph: definition.name, region: options.region },
      readiness: [databaseReadiness(dataSource), ...peerReadiness(definition.name, options.peers ?? {})],
    });
    log.info('subgraph ready', { url: http.url });
    return {
      ...http,
      name: definition.name,
      async stop() {
        await http.close();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** The peers this subgraph calls (the registry says which) must be alive for the rules that need their facts. */
function peerReadiness(name: SubgraphName, peers: PeerUrls): ReadinessCheck[] {
  // Read when checked: the launcher fills in the addresses as the region's subgraphs start.
  return SUBGRAPH_TOPOLOGY[name].calls.map((peer) =>
    serviceAnswers(peer, () => peers[peer], SUBGRAPH_TOPOLOGY[peer].urlVariable),
  );
}
