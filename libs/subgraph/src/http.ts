import { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import { ErrorCode } from '@laa/errors';
import { runAsService, ServiceIdentity, ServiceMetrics, identityAttributes } from '@laa/telemetry';
import { context } from '@opentelemetry/api';
import { getRPCMetadata } from '@opentelemetry/core';
import cors from 'cors';
import express from 'express';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { operationShapeGuard } from './operation-shape';
import { checkReadiness, checksAsked, ReadinessCheck } from './readiness';
import { refuseRequest } from './refusal';
import { drainable } from './termination';

export { refuseRequest, refusalOf } from './refusal';

export interface GraphqlHttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  port: number;
  host?: string;
  context: ContextFunction<[ExpressContextFunctionArgument], C>;
  /** Who answers (service, region), in /health and /ready. */
  identity: Record<string, unknown>;
  /** What GET /ready checks (database, migrations, peers); /health checks nothing but that the process answers. */
  readiness: ReadinessCheck[];
  /** Which service and region this is: on its spans and its metrics. */
  service: ServiceIdentity;
  /** Answers GET /metrics (Prometheus text). */
  metrics: ServiceMetrics;
  corsOrigins?: string[] | true;
  bodyLimit?: string;
  /** Run on every GraphQL request before its body is read (the access log of refused requests). */
  before?: express.RequestHandler[];
  /** Checks run on every parsed GraphQL request before Apollo sees it (rate limits, safelist). */
  guards?: express.RequestHandler[];
  /** POST routes for streamed files (their bodies are not parsed here). */
  uploads?: { path: string; handlers: express.RequestHandler[] }[];
}

export interface RunningHttp {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves GraphQL at /graphql, /health, /ready and /metrics: the one HTTP shape of every service. */
export async function serveGraphql<C extends BaseContext>(options: GraphqlHttpOptions<C>): Promise<RunningHttp> {
  await options.apollo.start();
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every answer (SHA-1 of the whole body) for an ETag no client revalidates: GraphQL answers are
  // POSTed, per caller, and never cached.
  app.set('etag', false);
  app.use(asService(options.service));
  serveProbes(app, options.identity, options.readiness);
  app.get('/metrics', async (_req, res) => {
    const scrape = await options.metrics.scrape();
    res.type(scrape.contentType).send(scrape.body);
  });
  for (const upload of options.uploads ?? []) {
    const allowOrigins = cors({ origin: options.corsOrigins ?? true });
    // A browser asks first (OPTIONS) before it posts a file with a token to another origin (the console's uploads).
    app.options(upload.path, allowOrigins);
    app.post(upload.path, allowOrigins, ...upload.handlers);
  }
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins ?? true }),
    ...(options.before ?? []),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    operationShapeGuard(),
    ...(options.guards ?? []),
    expressMiddleware(options.apollo, { context: options.context }),
  );
  app.use(requestErrorHandler);
  const server = createServer(app);
  // A server closing an idle connection as a request goes out on it answers "socket hang up": the gateway's pool
  // (apps/gateway/src/subgraph-fetcher.ts) lets its idle connections go well before this.
  server.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
  server.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1000;
  const drain = drainable(server);
  await listen(server, options.port, options.host ?? '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`.replace('0.0.0.0', '127.0.0.1'),
    port,
    async close() {
      await drain();
      await options.apollo.stop();
    },
  };
}

/** How long a subgraph keeps an idle connection; the gateway's pool lets its own go sooner. */
export const SUBGRAPH_KEEP_ALIVE_MS = 65_000;

/**
 * Liveness (/health: the process answers) and readiness (/ready: 503 with each failing check's reason; with
 * `?peers=false` the service's own checks only, for an orchestrator's readiness probe).
 */
function serveProbes(app: express.Express, identity: Record<string, unknown>, checks: ReadinessCheck[]): void {
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', ...identity });
  });
  app.get('/ready', async (req, res) => {
    const readiness = await checkReadiness(checksAsked(checks, req.query));
    res
      .status(readiness.ready ? 200 : 503)
      .json({ status: readiness.ready ? 'ready' : 'not ready', ...identity, checks: readiness.checks });
  });
}

/** Marks the request's server span, and every span under it, with the service and region that answer it. */
function asService(identity: ServiceIdentity): express.RequestHandler {
  return (_req, _res, next) => {
    getRPCMetadata(context.active())?.span?.setAttributes(identityAttributes(identity));
    runAsService(identity, next);
  };
}

/** Malformed or oversized bodies get a GraphQL-shaped error with a stable code, never Express's HTML page. */
const requestErrorHandler: express.ErrorRequestHandler = (
  error: { type?: string; status?: number },
  _req,
  res,
  _next,
) => {
  const refusal =
    error.type === 'entity.too.large'
      ? { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'The request body is too large' }
      : error.type === 'entity.parse.failed'
        ? { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' }
        : error.status && error.status < 500
          ? { status: error.status, code: 'BAD_REQUEST', message: 'The request could not be read' }
          : { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
  refuseRequest(res, refusal.status, refusal.code, refusal.message);
};

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use`) : error),
    );
    server.listen(port, host, () => resolve());
  });
}
