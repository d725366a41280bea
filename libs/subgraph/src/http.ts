import { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface GraphqlHttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  port: number;
  host?: string;
  context: ContextFunction<[ExpressContextFunctionArgument], C>;
  /** Answers GET /health; throw to report the service unhealthy (503). */
  health: () => Promise<Record<string, unknown>>;
  corsOrigins?: string[] | true;
  bodyLimit?: string;
}

export interface RunningHttp {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves GraphQL at /graphql and a health check at /health: the one HTTP shape of every service. */
export async function serveGraphql<C extends BaseContext>(options: GraphqlHttpOptions<C>): Promise<RunningHttp> {
  await options.apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    try {
      res.json({ status: 'ok', ...(await options.health()) });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins ?? true }),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    expressMiddleware(options.apollo, { context: options.context }),
  );
  const server = createServer(app);
  await listen(server, options.port, options.host ?? '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`.replace('0.0.0.0', '127.0.0.1'),
    port,
    async close() {
      await options.apollo.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use`) : error),
    );
    server.listen(port, host, () => resolve());
  });
}
