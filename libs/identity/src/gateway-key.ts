import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header by which a regional gateway vouches for the requests it forwards to its subgraphs. */
export const GATEWAY_KEY_HEADER = 'x-laa-gateway-key';

/** Derived from the platform secret, so a gateway and its subgraphs agree without another setting. */
export function gatewayKey(secret: string): string {
  return createHmac('sha256', secret).update('laa-regional-gateway').digest('base64url');
}

export function isGatewayKey(secret: string, presented: string | string[] | undefined): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(gatewayKey(secret));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
