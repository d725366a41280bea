import { Department } from '@laa/domain';
import { ApprovalLevel } from './entities/target-change';
import {
  checkConfirmingDepartment,
  CONFIRMING_DEPARTMENT_RULE,
  confirmingDepartments,
} from './rules/confirming-department';
import { changedSinceRecommendation } from './rules/readiness';
import { approvalLevelFor, GO_TOLERANCE } from './services/target-refresh-service';

describe('who approves a change to a signed target (the documented rule)', () => {
  it('gives the Government Office level changes within 10% of each signed level, and Ministers anything beyond', () => {
    expect(GO_TOLERANCE).toBe(0.1);
    expect(approvalLevelFor([100, 110, 120], [100, 115, 130])).toBe(ApprovalLevel.GOVERNMENT_OFFICE);
    expect(approvalLevelFor([100, 110, 120], [90, 99, 108])).toBe(ApprovalLevel.GOVERNMENT_OFFICE);
    expect(approvalLevelFor([100, 110, 120], [100, 110, 133])).toBe(ApprovalLevel.MINISTERS);
    expect(approvalLevelFor([-20, -25, -30], [-21, -26, -32])).toBe(ApprovalLevel.GOVERNMENT_OFFICE);
  });

  it('sends to Ministers a change to a level that was never set, and any change of a zero level', () => {
    expect(approvalLevelFor([100, null, 120], [100, 105, 120])).toBe(ApprovalLevel.MINISTERS);
    expect(approvalLevelFor([0, 1, 2], [0, 1, 2])).toBe(ApprovalLevel.GOVERNMENT_OFFICE);
    expect(approvalLevelFor([0, 1, 2], [0.01, 1, 2])).toBe(ApprovalLevel.MINISTERS);
  });
});

describe('what Ministers would sign against what the RD recommended', () => {
  const target = (id: string, version: number) => ({
    id,
    version,
    kind: 'DESIGNATED' as const,
    indicator: { code: `NI${id}` },
  });

  it('names every target changed, added or removed since the recommendation', () => {
    const blockers = changedSinceRecommendation(
      [target('1', 2), target('2', 1), target('3', 1)],
      [
        { id: '1', version: 1 },
        { id: '2', version: 1 },
        { id: '4', version: 1 },
      ],
    );
    expect(blockers.map((b) => b.reason)).toEqual([
      "NI1 (designated) changed (recommended version 1, now 2) after the RD's recommendation: the RD must recommend again",
      "NI3 (designated) was added after the RD's recommendation: the RD must recommend again",
      "target 4 was removed after the RD's recommendation: the RD must recommend again",
    ]);
    expect(changedSinceRecommendation([target('1', 1)], [{ id: '1', version: 1 }])).toEqual([]);
  });
});

describe("the department that confirms a target (the theme lead's sign-off rule)", () => {
  const indicator = (department: Department | null, departmentNote: string | null = null) => ({
    code: 'NI1',
    department,
    departmentNote,
  });

  it("is DCSF for a statutory target, the reference data's department for a designated one, and any where it has none", () => {
    expect(confirmingDepartments('STATUTORY_DCSF', indicator(Department.DH), '2008-05-01')).toEqual([Department.DCSF]);
    expect(confirmingDepartments('DESIGNATED', indicator(Department.DWP), '2008-05-01')).toEqual([Department.DWP]);
    expect(confirmingDepartments('DESIGNATED', indicator(null), '2008-05-01')).toBeNull();
    expect(confirmingDepartments('DESIGNATED', null, '2008-05-01')).toBeNull();
    expect(CONFIRMING_DEPARTMENT_RULE).toMatch(/any department may confirm/);
  });

  it("follows the source where Defra's work passed to DECC in October 2008", () => {
    const carbon = indicator(Department.DEFRA, 'Defra (DECC from Oct 2008)');
    expect(confirmingDepartments('DESIGNATED', carbon, '2008-09-30')).toEqual([Department.DEFRA]);
    expect(confirmingDepartments('DESIGNATED', carbon, '2008-10-03')).toEqual([Department.DEFRA, Department.DECC]);
    expect(confirmingDepartments('DESIGNATED', indicator(Department.DEFRA), '2009-01-01')).toEqual([Department.DEFRA]);
  });

  it('names the department needed when another confirmed', () => {
    const target = { kind: 'DESIGNATED' as const, indicator: { code: 'NI151' } };
    expect(() =>
      checkConfirmingDepartment(target, indicator(Department.DWP), {
        department: Department.CLG,
        confirmedOn: '2008-05-01',
      }),
    ).toThrow(
      'NI151 (designated) measures an indicator of DWP (Work and Pensions) in the reference data: it must be confirmed by DWP (Work and Pensions), not CLG (Communities and Local Government)',
    );
    expect(() =>
      checkConfirmingDepartment(target, indicator(Department.DWP), {
        department: Department.DWP,
        confirmedOn: '2008-05-01',
      }),
    ).not.toThrow();
    expect(() =>
      checkConfirmingDepartment(target, indicator(null), { department: Department.DH, confirmedOn: '2008-05-01' }),
    ).not.toThrow();
  });
});
