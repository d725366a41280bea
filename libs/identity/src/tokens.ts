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
import { isRegionCode, Theme } from '@laa/domain';
import { badCredentials } from '@laa/errors';
import { ANONYMOUS, Caller, CouncillorOffice, Role, RoleGrant } from './roles';
import { VerifiedTokens } from './verified-tokens';

export const TOKEN_ISSUER = 'laa-platform';
export const TOKEN_AUDIENCE = 'laa-api';

const key = (secret: string) => new TextEncoder().encode(secret);

/** The council system credential a token was issued for, at the credential's current generation (see docs/API.md). */
export interface TokenCredential {
  id: string;
  /** Changes when the credential's secret is rotated: tokens of an earlier generation stop working. */
  generation: string;
}

/** Whether a credential is still active at a generation: asked on every request that carries one. */
export type CredentialCheck = (credential: TokenCredential) => Promise<boolean>;

export async function issueToken(
  secret: string,
  person: { id: string; name: string; grants: RoleGrant[]; credential?: TokenCredential },
  ttlSeconds = 3600,
): Promise<string> {
  return new SignJWT({
    name: person.name,
    grants: person.grants,
    ...(person.credential ? { credential: person.credential } : {}),
  })
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
  /**
   * None is the public; a malformed, forged, expired or unexpiring token is refused (UNAUTHENTICATED, HTTP 401),
   * and so is a council system's token whose credential was revoked or rotated (when the verifier checks credentials).
   */
  callerFrom(header: string | undefined): Promise<Caller>;
}

export interface TokenVerifierOptions {
  /** Asked for every token issued for a council system credential; without it those tokens are not checked (a gateway did). */
  credentials?: CredentialCheck;
}

const PLATFORM_ALGORITHMS = ['HS256'];
const PROVIDER_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/**
 * Accepts the platform's own tokens (HS256, issuer laa-platform) and, when configured, an OpenID Connect
 * provider's tokens verified against its published keys (JWKS URL or file).
 */
export function createTokenVerifier(
  settings: Pick<AuthSettings, 'secret' | 'identityProvider'>,
  options: TokenVerifierOptions = {},
): TokenVerifier {
  const provider = settings.identityProvider;
  const providerKeys = provider ? providerKeySet(provider) : undefined;
  const secret = key(settings.secret);
  const verified = new VerifiedTokens();
  const verify = async (token: string): Promise<Pick<JWTVerifyResult, 'payload'>> => {
    const known = verified.payloadOf(token);
    if (known) return { payload: known };
    const { alg } = decodeProtectedHeader(token);
    if (alg && PLATFORM_ALGORITHMS.includes(alg)) {
      const result = await jwtVerify(token, secret, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: PLATFORM_ALGORITHMS,
        requiredClaims: ['exp'],
      });
      verified.remember(token, result.payload);
      return result;
    }
    if (!provider || !providerKeys) throw badCredentials('The token is not valid');
    return jwtVerify(token, providerKeys, {
      issuer: provider.issuer,
      audience: provider.audience,
      algorithms: PROVIDER_ALGORITHMS,
      requiredClaims: ['exp'],
    });
  };
  const checkCredential = async (claim: unknown) => {
    const credential = readCredential(claim);
    if (!credential || !options.credentials) return;
    // Fails closed: a token whose credential cannot be checked is not taken on trust.
    const active = await options.credentials(credential).catch(() => {
      throw badCredentials('The credential of this token could not be checked: try again shortly');
    });
    if (!active)
      throw badCredentials(
        'The credential of this token was revoked or rotated: exchange the current secret for a new token',
      );
  };
  const verifiedPayload = async (token: string) => {
    try {
      return (await verify(token)).payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw badCredentials('The token has expired: sign in again');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp')
        throw badCredentials('The token has no expiry (exp): tokens must expire');
      throw badCredentials('The token is not valid');
    }
  };
  return {
    async callerFrom(header) {
      if (!header) return ANONYMOUS;
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!match) throw badCredentials('The Authorization header must be "Bearer <token>"');
      const payload = await verifiedPayload(match[1]);
      await checkCredential(payload.credential);
      return {
        authenticated: true,
        id: String(payload.sub),
        name: typeof payload.name === 'string' ? payload.name : String(payload.sub),
        grants: readGrants(payload.grants),
      };
    },
  };
}

function providerKeySet(provider: IdentityProviderSettings): JWTVerifyGetKey {
  if (provider.jwksUrl) return createRemoteJWKSet(new URL(provider.jwksUrl));
  return createLocalJWKSet(JSON.parse(readFileSync(provider.jwksFile!, 'utf8')) as JSONWebKeySet);
}

function readCredential(value: unknown): TokenCredential | undefined {
  const claim = value as Partial<TokenCredential> | undefined;
  return claim && typeof claim.id === 'string' && typeof claim.generation === 'string'
    ? { id: claim.id, generation: claim.generation }
    : undefined;
}

function readGrants(value: unknown): RoleGrant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((grant: Partial<RoleGrant>) =>
    grant && Object.values(Role).includes(grant.role as Role)
      ? [
          {
            role: grant.role as Role,
            region: grant.region && isRegionCode(grant.region) ? grant.region : undefined,
            area: typeof grant.area === 'string' ? grant.area : undefined,
            department: grant.department,
            ...readQualifiers(grant),
          },
        ]
      : [],
  );
}

/** A theme lead's themes and a councillor's office, kept only when well formed. */
function readQualifiers(grant: Partial<RoleGrant>): Pick<RoleGrant, 'themes' | 'office'> {
  const themes = Array.isArray(grant.themes) ? grant.themes.filter((t) => Object.values(Theme).includes(t)) : undefined;
  const office = Object.values(CouncillorOffice).includes(grant.office as CouncillorOffice) ? grant.office : undefined;
  return { ...(themes ? { themes } : {}), ...(office ? { office } : {}) };
}
