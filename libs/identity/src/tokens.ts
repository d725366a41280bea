import { errors, jwtVerify, SignJWT } from 'jose';
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

/** Reads the caller from an Authorization header: none is the public; a bad or expired token is refused. */
export async function callerFromAuthorization(secret: string, header: string | undefined): Promise<Caller> {
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw badCredentials('The Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], key(secret), { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
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
