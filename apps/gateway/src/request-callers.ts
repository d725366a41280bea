import { ErrorCode } from '@laa/errors';
import { Caller, TokenVerifier } from '@laa/identity';
import { refuseRequest } from '@laa/subgraph';
import { Request, RequestHandler } from 'express';

/** Verifies a request's token once, whoever asks first (rate limit, safelist, context). */
export class RequestCallers {
  private readonly callers = new WeakMap<Request, Promise<Caller>>();

  constructor(private readonly verifier: TokenVerifier) {}

  of(req: Request): Promise<Caller> {
    let caller = this.callers.get(req);
    if (!caller) {
      caller = this.verifier.callerFrom(req.headers.authorization);
      this.callers.set(req, caller);
    }
    return caller;
  }
}

/** Refuses a bad token (401) at the edge, before any limit or subgraph; notes who called for the access log. */
export function authenticate(callers: RequestCallers): RequestHandler {
  return async (req, res, next) => {
    try {
      const caller = await callers.of(req);
      res.locals.callerId = caller.authenticated ? caller.id : 'public';
    } catch (error) {
      refuseRequest(res, 401, ErrorCode.UNAUTHENTICATED, (error as Error).message);
      return;
    }
    next();
  };
}
