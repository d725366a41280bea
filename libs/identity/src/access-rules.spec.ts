import { Access, AccessRule, enforceAccess } from './access-rules';
import { ANONYMOUS, Caller, Role, RoleGrant } from './roles';

const HERE = { region: 'E12000003' as const };
const person = (...grants: RoleGrant[]): Caller => ({ authenticated: true, id: 'p1', name: 'A Person', grants });
const rdHere = person({ role: Role.REGIONAL_DIRECTOR, region: 'E12000003' });
const rdElsewhere = person({ role: Role.REGIONAL_DIRECTOR, region: 'E12000007' });
const analystHere = person({ role: Role.GO_ANALYST, region: 'E12000003' });
const minister = person({ role: Role.MINISTER });
const steward = person({ role: Role.DATA_STEWARD });
const officerHere = person({ role: Role.PARTNERSHIP_OFFICER, region: 'E12000003', area: '00CG' });
const officerElsewhere = person({ role: Role.PARTNERSHIP_OFFICER, region: 'E12000007', area: '00AA' });
const officerOfAnArea = person({ role: Role.PARTNERSHIP_OFFICER, area: '00CG' });

/** The error code a rule answers with, or 'allowed'. */
function outcome(rules: readonly AccessRule[], caller: Caller): string {
  try {
    enforceAccess(rules, caller, HERE);
    return 'allowed';
  } catch (error) {
    return String((error as { extensions?: { code?: string } }).extensions?.code);
  }
}

describe('declared access rules', () => {
  it('refuses the public as UNAUTHENTICATED under every rule, and with no rule at all', () => {
    for (const rule of [Access.signedIn, Access.regionStaff, Access.dataSteward, Access.roles(Role.MINISTER)])
      expect(outcome([rule], ANONYMOUS)).toBe('UNAUTHENTICATED');
    expect(outcome([], ANONYMOUS)).toBe('UNAUTHENTICATED');
    expect(outcome([], minister)).toBe('allowed');
  });

  it("scopes region roles to the subgraph's region", () => {
    expect(outcome([Access.regionStaff], rdHere)).toBe('allowed');
    expect(outcome([Access.regionStaff], rdElsewhere)).toBe('FORBIDDEN');
    expect(outcome([Access.regionStaff], analystHere)).toBe('FORBIDDEN');
    expect(outcome([Access.regionReader], analystHere)).toBe('allowed');
    expect(outcome([Access.regionReader], minister)).toBe('allowed');
    expect(outcome([Access.roundLead], rdElsewhere)).toBe('FORBIDDEN');
  });

  it('keeps the messages of the identity checks', () => {
    expect(() => enforceAccess([Access.regionStaff], rdElsewhere, HERE)).toThrow(
      'Only Government Office staff of region E12000003 may do this',
    );
    expect(() => enforceAccess([Access.dataSteward], minister, HERE)).toThrow(
      'Only a national data steward (CLG) corrects the national indicator set',
    );
  });

  it('lets roles by name in: region roles here, national roles anywhere, area roles in an area of the region', () => {
    const rule = Access.roles(Role.REGIONAL_DIRECTOR, Role.MINISTER, Role.PARTNERSHIP_OFFICER);
    expect(outcome([rule], rdHere)).toBe('allowed');
    expect(outcome([rule], rdElsewhere)).toBe('FORBIDDEN');
    expect(outcome([rule], minister)).toBe('allowed');
    expect(outcome([rule], officerHere)).toBe('allowed');
    expect(outcome([rule], officerElsewhere)).toBe('FORBIDDEN');
    expect(outcome([rule], officerOfAnArea)).toBe('allowed');
    expect(outcome([rule], steward)).toBe('FORBIDDEN');
  });

  it("words a refusal by role names in the domain's terms when asked", () => {
    const rule = Access.roles(Role.MINISTER).because(({ region }) => `Only a Minister, not ${region}'s GO, signs`);
    expect(outcome([rule], minister)).toBe('allowed');
    expect(() => enforceAccess([rule], rdHere, HERE)).toThrow("Only a Minister, not E12000003's GO, signs");
    expect(outcome([rule], ANONYMOUS)).toBe('UNAUTHENTICATED');
  });

  it("reads several rules as 'any of', refusing with the first rule's reason", () => {
    expect(outcome([Access.dataSteward, Access.regionStaff], rdHere)).toBe('allowed');
    expect(outcome([Access.dataSteward, Access.regionStaff], steward)).toBe('allowed');
    expect(() => enforceAccess([Access.dataSteward, Access.regionStaff], rdElsewhere, HERE)).toThrow(
      'Only a national data steward (CLG) corrects the national indicator set',
    );
  });
});
