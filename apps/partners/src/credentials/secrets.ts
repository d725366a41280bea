import { COUNCIL_SECRET_PREFIX } from '@laa/identity';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(scrypt) as (secret: string, salt: Buffer, length: number) => Promise<Buffer>;
const KEY_LENGTH = 32;

/** A new random secret, shown to GO staff once; its prefix lets logs recognise and redact it. */
export const newSecret = () => `${COUNCIL_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;

export const newClientId = (area: string) => `laa-${area.toLowerCase()}-${randomBytes(6).toString('hex')}`;

/** Stored form: scrypt$<salt>$<hash>, so a leaked table reveals no usable secret. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64url')}$${(await derive(secret, salt, KEY_LENGTH)).toString('base64url')}`;
}

export async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(secret, Buffer.from(salt, 'base64url'), KEY_LENGTH);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
