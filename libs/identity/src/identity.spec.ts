import { Theme } from '@laa/domain';
import {
  canEditAgreement,
  canReadDrafts,
  callerFromAuthorization,
  CouncillorOffice,
  issueToken,
  lspGrant,
  Role,
} from './index';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign-tokens';
const SHEFFIELD = { region: 'E12000003' as const, area: '00CG' };

describe('tokens', () => {
  it('reads back who signed in and their grants', async () => {
    const token = await issueToken(SECRET, {
      id: 'u1',
      name: 'A Locality Manager',
      grants: [{ role: Role.RELATIONSHIP_MANAGER, region: 'E12000003' }],
    });
    await expect(callerFromAuthorization(SECRET, `Bearer ${token}`)).resolves.toEqual({
      authenticated: true,
      id: 'u1',
      name: 'A Locality Manager',
      grants: [{ role: Role.RELATIONSHIP_MANAGER, region: 'E12000003' }],
    });
  });

  it("keeps a theme lead's themes and a councillor's office, and drops what is not one", async () => {
    const grants = [
      {
        role: Role.THEME_LEAD,
        region: 'E12000003' as const,
        themes: [Theme.CHILDREN_AND_YOUNG_PEOPLE, 'NOT_A_THEME' as Theme],
      },
      { role: Role.COUNCILLOR, region: 'E12000003' as const, area: '00CG', office: CouncillorOffice.LEADER },
      { role: Role.COUNCILLOR, region: 'E12000003' as const, area: '00CG', office: 'MAYOR' as CouncillorOffice },
    ];
    const token = await issueToken(SECRET, { id: 'u2', name: 'Leads', grants });
    const caller = await callerFromAuthorization(SECRET, `Bearer ${token}`);
    expect(caller.authenticated && caller.grants).toEqual([
      { role: Role.THEME_LEAD, region: 'E12000003', themes: [Theme.CHILDREN_AND_YOUNG_PEOPLE] },
      { role: Role.COUNCILLOR, region: 'E12000003', area: '00CG', office: CouncillorOffice.LEADER },
      { role: Role.COUNCILLOR, region: 'E12000003', area: '00CG' },
    ]);
    expect(lspGrant(caller, SHEFFIELD)).toMatchObject({ office: CouncillorOffice.LEADER });
  });

  it('treats no header as the public and refuses a token signed with another key', async () => {
    await expect(callerFromAuthorization(SECRET, undefined)).resolves.toEqual({ authenticated: false });
    const forged = await issueToken('another-secret-that-is-long-enough-for-hs256', { id: 'x', name: 'x', grants: [] });
    await expect(callerFromAuthorization(SECRET, `Bearer ${forged}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('who may read and change drafts', () => {
  const caller = (role: Role, scope: { region?: 'E12000003' | 'E12000007'; area?: string }) => ({
    authenticated: true as const,
    id: 'u',
    name: 'u',
    grants: [{ role, ...scope }],
  });

  it.each([
    [Role.RELATIONSHIP_MANAGER, { region: 'E12000003' as const }, true, true],
    [Role.RELATIONSHIP_MANAGER, { region: 'E12000007' as const }, false, false],
    [Role.PARTNERSHIP_OFFICER, { area: '00CG' }, true, true],
    [Role.PARTNERSHIP_OFFICER, { area: '00DA' }, false, false],
    [Role.COUNCILLOR, { area: '00CG' }, true, false],
    [Role.DEPARTMENT_ANALYST, {}, true, false],
    [Role.NATIONAL_STRATEGIES_ADVISER, { region: 'E12000003' as const }, true, false],
    [Role.NATIONAL_STRATEGIES_ADVISER, { region: 'E12000007' as const }, false, false],
  ])('%s %o: read %s, edit %s', (role, scope, read, edit) => {
    expect(canReadDrafts(caller(role, scope), SHEFFIELD)).toBe(read);
    expect(canEditAgreement(caller(role, scope), SHEFFIELD)).toBe(edit);
  });

  it('gives the public neither', () => {
    expect(canReadDrafts({ authenticated: false }, SHEFFIELD)).toBe(false);
  });
});
