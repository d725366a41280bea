import { SignJWT } from 'jose';
import { CredentialCheck, createTokenVerifier, issueToken, Role, TOKEN_AUDIENCE, TOKEN_ISSUER } from './index';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign-tokens';
const system = {
  id: 'system:laa-00cg-1',
  name: 'Sheffield system',
  grants: [{ role: Role.COUNCIL_SYSTEM, region: 'E12000003' as const, area: '00CG' }],
};
const credential = { id: '6f1c1c3e-0000-4000-8000-000000000001', generation: '2008-04-01T09:00:00.000Z' };

const callerWith = (check: CredentialCheck, token: string) =>
  createTokenVerifier({ secret: SECRET }, { credentials: check }).callerFrom(`Bearer ${token}`);

describe('a token', () => {
  it('without an expiry is refused', async () => {
    const unexpiring = await new SignJWT({ name: 'x', grants: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .sign(new TextEncoder().encode(SECRET));
    await expect(createTokenVerifier({ secret: SECRET }).callerFrom(`Bearer ${unexpiring}`)).rejects.toMatchObject({
      message: 'The token has no expiry (exp): tokens must expire',
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  });

  it('of a council system credential is asked after on every use, and refused once the credential is no longer active', async () => {
    const token = await issueToken(SECRET, { ...system, credential }, 900);
    const asked: unknown[] = [];
    const active: CredentialCheck = async (presented) => (asked.push(presented), true);
    await expect(callerWith(active, token)).resolves.toMatchObject({ authenticated: true, id: system.id });
    await expect(callerWith(active, token)).resolves.toMatchObject({ authenticated: true });
    expect(asked).toEqual([credential, credential]);
    await expect(callerWith(async () => false, token)).rejects.toMatchObject({
      message: expect.stringMatching(/revoked or rotated/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(callerWith(async () => Promise.reject(new Error('partners down')), token)).rejects.toMatchObject({
      message: expect.stringMatching(/could not be checked/),
    });
  });

  it('of a person carries no credential and is not asked after', async () => {
    const token = await issueToken(SECRET, {
      id: 'rm',
      name: 'RM',
      grants: [{ role: Role.RELATIONSHIP_MANAGER, region: 'E12000003' }],
    });
    await expect(callerWith(async () => false, token)).resolves.toMatchObject({ authenticated: true, id: 'rm' });
  });
});
