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

/**
 * Which of the region's subgraphs is calling another directly (peers.ts), and the key that proves it. A gateway
 * never forwards these headers, so an operation only a peer may call (sign-off fencing the targets it signs)
 * cannot be reached through the public API, whatever the caller's token.
 */
export const PEER_HEADER = 'x-laa-peer';
export const PEER_KEY_HEADER = 'x-laa-peer-key';

/** One key per calling subgraph, derived from the platform secret like the gateway's. */
export function peerKey(secret: string, peer: string): string {
  return createHmac('sha256', secret).update(`laa-peer-subgraph:${peer}`).digest('base64url');
}

/** The calling subgraph's name when its key is right, else null. */
export function verifiedPeer(
  secret: string,
  peer: string | string[] | undefined,
  presented: string | string[] | undefined,
): string | null {
  if (typeof peer !== 'string' || typeof presented !== 'string') return null;
  const expected = Buffer.from(peerKey(secret, peer));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected) ? peer : null;
}
