import { Caller, TokenVerifier } from '@laa/identity';
import { Request } from 'express';

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
