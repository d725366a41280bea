import { canEditAgreement, canReadDrafts, callerFromAuthorization, issueToken, Role } from './index';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign-tokens';
const SHEFFIELD = { region: 'E12000003' as const, area: '00CG' };

describe('tokens', () => {
  it('reads back who signed in and their grants', async () => {
    const token = await issueToken(SECRET, { id: 'u1', name: 'A Locality Manager', grants: [{ role: Role.RELATIONSHIP_MANAGER, region: 'E12000003' }] });
    await expect(callerFromAuthorization(SECRET, `Bearer ${token}`)).resolves.toEqual({
      authenticated: true,
      id: 'u1',
      name: 'A Locality Manager',
      grants: [{ role: Role.RELATIONSHIP_MANAGER, region: 'E12000003' }],
    });
  });

  it('treats no header as the public and refuses a token signed with another key', async () => {
    await expect(callerFromAuthorization(SECRET, undefined)).resolves.toEqual({ authenticated: false });
    const forged = await issueToken('another-secret-that-is-long-enough-for-hs256', { id: 'x', name: 'x', grants: [] });
    await expect(callerFromAuthorization(SECRET, `Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('who may read and change drafts', () => {
  const caller = (role: Role, scope: { region?: 'E12000003' | 'E12000007'; area?: string }) =>
    ({ authenticated: true as const, id: 'u', name: 'u', grants: [{ role, ...scope }] });

  it.each([
    [Role.RELATIONSHIP_MANAGER, { region: 'E12000003' as const }, true, true],
    [Role.RELATIONSHIP_MANAGER, { region: 'E12000007' as const }, false, false],
    [Role.PARTNERSHIP_OFFICER, { area: '00CG' }, true, true],
    [Role.PARTNERSHIP_OFFICER, { area: '00DA' }, false, false],
    [Role.COUNCILLOR, { area: '00CG' }, true, false],
    [Role.DEPARTMENT_ANALYST, {}, true, false],
  ])('%s %o: read %s, edit %s', (role, scope, read, edit) => {
    expect(canReadDrafts(caller(role, scope), SHEFFIELD)).toBe(read);
    expect(canEditAgreement(caller(role, scope), SHEFFIELD)).toBe(edit);
  });

  it('gives the public neither', () => {
    expect(canReadDrafts({ authenticated: false }, SHEFFIELD)).toBe(false);
  });
});
