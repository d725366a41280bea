import { ErrorCode } from '@laa/errors';
import { refuseRequest } from '@laa/subgraph';
import { RequestHandler } from 'express';
import { RequestCallers } from './request-callers';

export interface InFlightLimit {
  /** Operations one client may have running at once. */
  perClient: number;
  /** How long a further operation waits for one of them to finish before it is refused. */
  waitMs: number;
  /** Operations of one client that may wait at once; any more are refused straight away. */
  maxWaiting: number;
}

/** Generous waits: a console page's parallel queries on a busy machine queue rather than fail; a flood is refused. */
export const DEFAULT_IN_FLIGHT_LIMIT: InFlightLimit = { perClient: 4, waitMs: 30_000, maxWaiting: 16 };

interface Client {
  running: number;
  waiting: (() => void)[];
}

/**
 * Per-client cap on operations in flight, so one caller's expensive queries cannot fill the region (the embedded
 * store is one session): a client is a signed-in caller wherever it calls from, or an address for the public.
 * A further operation waits for a slot (a few at most, for a while), else is refused with TOO_MANY_IN_FLIGHT (429, Retry-After).
 */
export function inFlightLimit(limit: InFlightLimit, callers: RequestCallers): RequestHandler {
  const clients = new Map<string, Client>();
  const release = (key: string, client: Client) => {
    const next = client.waiting.shift();
    if (next) return next();
    client.running--;
    if (client.running === 0) clients.delete(key);
  };
  const slot = (key: string, client: Client) =>
    new Promise<boolean>((resolve) => {
      if (client.running < limit.perClient) {
        client.running++;
        return resolve(true);
      }
      if (client.waiting.length >= limit.maxWaiting) return resolve(false);
      const take = () => (clearTimeout(timer), resolve(true));
      const timer = setTimeout(
        () => (client.waiting.splice(client.waiting.indexOf(take), 1), resolve(false)),
        limit.waitMs,
      );
      client.waiting.push(take);
    });
  return async (req, res, next) => {
    const caller = await callers.of(req).catch(() => undefined);
    const key = caller?.authenticated ? `caller:${caller.id}` : `address:${req.ip}`;
    const client = clients.get(key) ?? { running: 0, waiting: [] };
    clients.set(key, client);
    if (!(await slot(key, client))) {
      const retryAfterSeconds = Math.max(1, Math.ceil(limit.waitMs / 1000));
      res.set('retry-after', String(retryAfterSeconds));
      refuseRequest(
        res,
        429,
        ErrorCode.TOO_MANY_IN_FLIGHT,
        `Too many operations at once: at most ${limit.perClient} per client run together`,
        { retryAfterSeconds, limit: limit.perClient },
      );
      return;
    }
    res.once('close', () => release(key, client));
    next();
  };
}
