import { JWTPayload } from 'jose';

/** Tokens a verifier remembers: far more than the callers of one region in the token's hour. */
export const REMEMBERED_TOKENS = 10_000;

/**
 * The payloads of the platform's own tokens already verified, by the exact token text. A token's signature,
 * issuer and audience are the same every time it is presented, so they are checked once (HMAC through WebCrypto
 * was the gateway's largest own cost per request); what changes with time, expiry and not-before, is checked on
 * every use, and an expired token is forgotten and verified again (which refuses it). Only tokens signed with the
 * platform's secret are kept: a provider's keys may be withdrawn, so its tokens are verified every time.
 */
export class VerifiedTokens {
  private readonly payloads = new Map<string, JWTPayload>();

  constructor(private readonly capacity = REMEMBERED_TOKENS) {}

  /** The payload of a token verified before and still within its lifetime. */
  payloadOf(token: string, nowSeconds = Math.floor(Date.now() / 1000)): JWTPayload | undefined {
    const payload = this.payloads.get(token);
    if (!payload) return undefined;
    if (!withinLifetime(payload, nowSeconds)) {
      this.payloads.delete(token);
      return undefined;
    }
    return payload;
  }

  remember(token: string, payload: JWTPayload): void {
    // The oldest entry goes first (a Map iterates in insertion order): bounded memory whatever the callers do.
    if (this.payloads.size >= this.capacity) this.payloads.delete(this.payloads.keys().next().value as string);
    this.payloads.set(token, payload);
  }
}

/** As jose checks them (no clock tolerance): `exp` must be in the future, `nbf` (when given) not. */
function withinLifetime(payload: JWTPayload, nowSeconds: number): boolean {
  if (typeof payload.exp !== 'number' || payload.exp <= nowSeconds) return false;
  return typeof payload.nbf !== 'number' || payload.nbf <= nowSeconds;
}
