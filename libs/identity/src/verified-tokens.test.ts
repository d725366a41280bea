import { createTokenVerifier, issueToken, Role } from './index';
import { VerifiedTokens } from './verified-tokens';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign-tokens';
const rm = { id: 'rm', name: 'RM', grants: [{ role: Role.RELATIONSHIP_MANAGER, region: 'E12000003' as const }] };

describe('tokens remembered once verified', () => {
  it('are answered only within their lifetime (exp, nbf), and forgotten once expired', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a', { sub: 'rm', exp: 100 });
    tokens.remember('b', { sub: 'rm', exp: 100, nbf: 50 });
    tokens.remember('c', { sub: 'rm', exp: 100, nbf: 50 });
    expect(tokens.payloadOf('a', 99)).toEqual({ sub: 'rm', exp: 100 });
    expect(tokens.payloadOf('b', 50)).toMatchObject({ sub: 'rm' });
    expect(tokens.payloadOf('c', 49)).toBeUndefined();
    expect(tokens.payloadOf('a', 100)).toBeUndefined();
    expect(tokens.payloadOf('a', 99)).toBeUndefined();
    expect(tokens.payloadOf('unknown', 1)).toBeUndefined();
  });

  it('are bounded: the oldest goes first', () => {
    const tokens = new VerifiedTokens(2);
    for (const token of ['a', 'b', 'c']) tokens.remember(token, { exp: 100 });
    expect(['a', 'b', 'c'].map((token) => tokens.payloadOf(token, 1) !== undefined)).toEqual([false, true, true]);
  });

  it('a token the verifier accepted is refused once it has expired', async () => {
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
      now: new Date('2008-04-01T09:00:00Z'),
    });
    try {
      const verifier = createTokenVerifier({ secret: SECRET });
      const token = await issueToken(SECRET, rm, 60);
      await expect(verifier.callerFrom(`Bearer ${token}`)).resolves.toMatchObject({ authenticated: true, id: 'rm' });
      jest.setSystemTime(new Date('2008-04-01T09:01:00Z'));
      await expect(verifier.callerFrom(`Bearer ${token}`)).rejects.toMatchObject({
        message: 'The token has expired: sign in again',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    } finally {
      jest.useRealTimers();
    }
  });

  it('a token altered after one was accepted is still refused', async () => {
    const verifier = createTokenVerifier({ secret: SECRET });
    const token = await issueToken(SECRET, rm);
    await verifier.callerFrom(`Bearer ${token}`);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'minister' }),
    ).toString('base64url');
    await expect(verifier.callerFrom(`Bearer ${header}.${forged}.${signature}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
