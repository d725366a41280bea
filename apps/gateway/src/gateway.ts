import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { AuthSettings, SubgraphName } from '@laa/config';
import { RegionCode } from '@laa/domain';
import { createTokenVerifier } from '@laa/identity';
import { hardenedServerOptions, Logger, RunningHttp, serveGraphql } from '@laa/subgraph';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The supergraph composed by tools/supergraph from the four subgraphs; a test keeps it current. */
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

export interface GatewayContext {
  authorization?: string;
}

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
}

/** Forwards the caller's token so every subgraph checks access itself. */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttp> {
  const log = options.log.child({ service: 'gateway', region: options.region });
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) => new AuthenticatedDataSource({ url: options.subgraphUrls[name as SubgraphName] }),
  });
  const verifier = createTokenVerifier(options.auth);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...hardenedServerOptions(log, !options.auth.production),
  });
  const http = await serveGraphql({
    apollo,
    port: options.port,
    host: options.host,
    corsOrigins: options.corsOrigins,
    context: async ({ req }) => {
      await verifier.callerFrom(req.headers.authorization);
      return { authorization: req.headers.authorization };
    },
    health: async () => ({ service: 'gateway', region: options.region }),
  });
  log.info('gateway ready', { url: http.url });
  return http;
}
