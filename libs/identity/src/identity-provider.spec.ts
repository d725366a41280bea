import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenVerifier, issueToken, Role } from './index';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign-tokens';
const PROVIDER = { issuer: 'https://sso.example.gov.uk', audience: 'laa-platform' };
const GRANTS = [{ role: Role.THEME_LEAD, region: 'E12000008' }];

/** An identity provider's key pair, its public half published as a JWKS file. */
async function identityProvider() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwksFile = join(mkdtempSync(join(tmpdir(), 'laa-jwks-')), 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] }));
  const sign = (claims: { issuer?: string; audience?: string; expires?: string } = {}) =>
    new SignJWT({ name: 'Theme Lead (SSO)', grants: GRANTS })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('sso|42')
      .setIssuer(claims.issuer ?? PROVIDER.issuer)
      .setAudience(claims.audience ?? PROVIDER.audience)
      .setIssuedAt()
      .setExpirationTime(claims.expires ?? '5m')
      .sign(privateKey);
  return { jwksFile, sign };
}

describe('tokens from an OpenID Connect identity provider (JWKS)', () => {
  it("accepts the provider's tokens and still the platform's own", async () => {
    const idp = await identityProvider();
    const verifier = createTokenVerifier({ secret: SECRET, identityProvider: { ...PROVIDER, jwksFile: idp.jwksFile } });
    await expect(verifier.callerFrom(`Bearer ${await idp.sign()}`)).resolves.toEqual({
      authenticated: true,
      id: 'sso|42',
      name: 'Theme Lead (SSO)',
      grants: GRANTS,
    });
    const own = await issueToken(SECRET, { id: 'rm', name: 'RM', grants: [] });
    await expect(verifier.callerFrom(`Bearer ${own}`)).resolves.toMatchObject({ authenticated: true, id: 'rm' });
  });

  it.each([
    ['another issuer', { issuer: 'https://evil.example' }],
    ['another audience', { audience: 'someone-else' }],
  ])('refuses a provider token with %s', async (_case, claims) => {
    const idp = await identityProvider();
    const verifier = createTokenVerifier({ secret: SECRET, identityProvider: { ...PROVIDER, jwksFile: idp.jwksFile } });
    await expect(verifier.callerFrom(`Bearer ${await idp.sign(claims)}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses provider tokens when no provider is configured, unsigned tokens, and garbage', async () => {
    const idp = await identityProvider();
    const verifier = createTokenVerifier({ secret: SECRET });
    const unsigned = new UnsecuredJWT({ grants: GRANTS })
      .setIssuer('laa-platform')
      .setAudience('laa-api')
      .setSubject('x')
      .encode();
    for (const token of [await idp.sign(), unsigned, 'not.a.token', 'x']) {
      await expect(verifier.callerFrom(`Bearer ${token}`)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    await expect(verifier.callerFrom('Basic abc')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
