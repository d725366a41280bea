import { IntendedDirection, Polarity } from '@laa/domain';
import { Role } from '@laa/identity';
import { DeferralStatus } from '../entities/baseline-deferral';
import { DirectionBasis } from '../entities/direction-basis';
import { checkDeferrable, checkUndecided, deferralApproverGrant, hasReliableBaseline } from './baseline-deferral-rules';
import { checkLevelsDirection, directionBasisOf } from './levels-direction';

const ruleOf = (run: () => unknown): string | null => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { rule: string } }).extensions.rule;
  }
  return null;
};

describe("the levels' direction: the indicator's polarity, else the one stated, never skipped", () => {
  const unknown = { indicatorCode: 'NI2', polarity: null, stated: null };

  it('asks for a direction only once levels are set, then checks them in it', () => {
    expect(ruleOf(() => checkLevelsDirection(unknown, 55, [null, null, null]))).toBeNull();
    expect(ruleOf(() => checkLevelsDirection(unknown, 55, [56, null, null]))).toBe('DIRECTION_NEEDED');
    const down = { ...unknown, stated: IntendedDirection.DOWN };
    expect(ruleOf(() => checkLevelsDirection(down, 55, [54, 53, 52]))).toBeNull();
    expect(ruleOf(() => checkLevelsDirection(down, 55, [54, 56, 52]))).toBe('LEVELS_DIRECTION');
    expect(ruleOf(() => checkLevelsDirection(down, 55, [55, 55, 55]))).toBe('LEVELS_DIRECTION');
  });

  it('keeps a known polarity: the same statement passes, a contradicting one is refused, and the basis says which', () => {
    const lower = { indicatorCode: 'NI39', polarity: Polarity.LOWER_IS_BETTER, stated: null };
    expect(ruleOf(() => checkLevelsDirection({ ...lower, stated: IntendedDirection.DOWN }, 10, [9, 8, 7]))).toBeNull();
    expect(ruleOf(() => checkLevelsDirection({ ...lower, stated: IntendedDirection.UP }, 10, [null, null, null]))).toBe(
      'DIRECTION_CONTRADICTS_POLARITY',
    );
    expect([
      directionBasisOf(lower),
      directionBasisOf({ ...unknown, stated: IntendedDirection.UP }),
      directionBasisOf(unknown),
    ]).toEqual([DirectionBasis.INDICATOR_POLARITY, DirectionBasis.STATED, DirectionBasis.UNKNOWN]);
  });
});

describe('baseline deferrals', () => {
  const placeholder = { indicatorCode: 'NI8', kind: 'DESIGNATED', baselineValue: null, baselineProvisional: false };

  it('are asked for a designated or statutory target without a reliable baseline, one standing at a time', () => {
    expect(hasReliableBaseline({ ...placeholder, baselineValue: 40, baselineProvisional: true })).toBe(false);
    expect(ruleOf(() => checkDeferrable(placeholder, null))).toBeNull();
    expect(ruleOf(() => checkDeferrable(placeholder, { status: DeferralStatus.REFUSED }))).toBeNull();
    expect(ruleOf(() => checkDeferrable(placeholder, { status: DeferralStatus.APPROVED }))).toBe('DEFERRAL_EXISTS');
    expect(ruleOf(() => checkDeferrable({ ...placeholder, baselineValue: 40 }, null))).toBe('DEFERRAL_NOT_NEEDED');
    expect(ruleOf(() => checkDeferrable({ ...placeholder, kind: 'LOCAL' }, null))).toBe('DEFERRAL_NOT_NEEDED');
  });

  it("are decided once, by the region's relationship manager, Deputy or Regional Director", () => {
    expect(ruleOf(() => checkUndecided({ status: DeferralStatus.APPROVED }, 'NI8'))).toBe('DEFERRAL_DECIDED');
    const caller = (role: Role, region = 'E12000003') => ({
      authenticated: true as const,
      id: 'x',
      name: 'X',
      grants: [{ role, region: region as 'E12000003' }],
    });
    expect(deferralApproverGrant(caller(Role.RELATIONSHIP_MANAGER), 'E12000003')?.role).toBe(Role.RELATIONSHIP_MANAGER);
    expect(deferralApproverGrant(caller(Role.THEME_LEAD), 'E12000003')).toBeNull();
    expect(deferralApproverGrant(caller(Role.REGIONAL_DIRECTOR, 'E12000001'), 'E12000003')).toBeNull();
  });
});
