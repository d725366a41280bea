import { AuthSettings, IdentityProviderSettings } from '@laa/config';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  JSONWebKeySet,
  jwtVerify,
  JWTVerifyGetKey,
  JWTVerifyResult,
  SignJWT,
} from 'jose';
import { readFileSync } from 'node:fs';
import { isRegionCode } from '@laa/domain';
import { badCredentials } from '@laa/errors';
import { ANONYMOUS, Caller, Role, RoleGrant } from './roles';

export const TOKEN_ISSUER = 'laa-platform';
export const TOKEN_AUDIENCE = 'laa-api';

const key = (secret: string) => new TextEncoder().encode(secret);

export async function issueToken(
  secret: string,
  person: { id: string; name: string; grants: RoleGrant[] },
  ttlSeconds = 3600,
): Promise<string> {
  return new SignJWT({ name: person.name, grants: person.grants })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(person.id)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/** Reads the caller from an Authorization header signed with the platform's secret (see createTokenVerifier). */
export async function callerFromAuthorization(secret: string, header: string | undefined): Promise<Caller> {
  return createTokenVerifier({ secret }).callerFrom(header);
}

export interface TokenVerifier {
  /** None is the public; a malformed, forged or expired token is refused (UNAUTHENTICATED, HTTP 401). */
  callerFrom(header: string | undefined): Promise<Caller>;
}

const PLATFORM_ALGORITHMS = ['HS256'];
const PROVIDER_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/**
 * Accepts the platform's own tokens (HS256, issuer laa-platform) and, when configured, an OpenID Connect
 * provider's tokens verified against its published keys (JWKS URL or file).
 */
export function createTokenVerifier(settings: Pick<AuthSettings, 'secret' | 'identityProvider'>): TokenVerifier {
  const provider = settings.identityProvider;
  const providerKeys = provider ? providerKeySet(provider) : undefined;
  const verify = (token: string): Promise<JWTVerifyResult> => {
    const { alg } = decodeProtectedHeader(token);
    if (alg && PLATFORM_ALGORITHMS.includes(alg)) {
      return jwtVerify(token, key(settings.secret), { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, algorithms: PLATFORM_ALGORITHMS });
    }
    if (!provider || !providerKeys) throw badCredentials('The token is not valid');
    return jwtVerify(token, providerKeys, { issuer: provider.issuer, audience: provider.audience, algorithms: PROVIDER_ALGORITHMS });
  };
  return {
    async callerFrom(header) {
      if (!header) return ANONYMOUS;
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!match) throw badCredentials('The Authorization header must be "Bearer <token>"');
      try {
        const { payload } = await verify(match[1]);
        return {
          authenticated: true,
          id: String(payload.sub),
          name: typeof payload.name === 'string' ? payload.name : String(payload.sub),
          grants: readGrants(payload.grants),
        };
      } catch (error) {
        if (error instanceof errors.JWTExpired) throw badCredentials('The token has expired: sign in again');
        throw badCredentials('The token is not valid');
      }
    },
  };
}

function providerKeySet(provider: IdentityProviderSettings): JWTVerifyGetKey {
  if (provider.jwksUrl) return createRemoteJWKSet(new URL(provider.jwksUrl));
  return createLocalJWKSet(JSON.parse(readFileSync(provider.jwksFile!, 'utf8')) as JSONWebKeySet);
}

function readGrants(value: unknown): RoleGrant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((grant: Partial<RoleGrant>) =>
    grant && Object.values(Role).includes(grant.role as Role)
      ? [{
          role: grant.role as Role,
          region: grant.region && isRegionCode(grant.region) ? grant.region : undefined,
          area: typeof grant.area === 'string' ? grant.area : undefined,
          department: grant.department,
        }]
      : [],
  );
}
