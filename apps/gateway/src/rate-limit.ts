import { ErrorCode } from '@laa/errors';
import { refuseRequest } from '@laa/subgraph';
import { RequestHandler } from 'express';
import { RequestCallers } from './request-callers';

/**
 * Per-client token bucket: a signed-in caller (person or council system) is one client wherever it
 * calls from; the public is counted per address. Kept in memory: each regional gateway limits its own traffic.
 */
export function rateLimit(perMinute: number, callers: RequestCallers): RequestHandler {
  const buckets = new Map<string, { tokens: number; updated: number }>();
  const refillPerMs = perMinute / 60_000;
  return async (req, res, next) => {
    const caller = await callers.of(req).catch(() => undefined);
    const client = caller?.authenticated ? `caller:${caller.id}` : `address:${req.ip}`;
    const now = Date.now();
    const bucket = buckets.get(client) ?? { tokens: perMinute, updated: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updated) * refillPerMs);
    bucket.updated = now;
    buckets.set(client, bucket);
    if (bucket.tokens < 1) {
      const retryAfterSeconds = Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
      res.set('retry-after', String(retryAfterSeconds));
      refuseRequest(
        res,
        429,
        ErrorCode.RATE_LIMITED,
        `Too many requests: the limit is ${perMinute} a minute per client`,
        { retryAfterSeconds },
      );
      return;
    }
    bucket.tokens -= 1;
    next();
  };
}
