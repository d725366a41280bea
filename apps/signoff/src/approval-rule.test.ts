import { ApprovalLevel } from './entities/target-change';
import { changedSinceRecommendation } from './services/readiness';
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
  const target = (id: string, version: number) => ({ id, version, kind: 'DESIGNATED' as const, indicator: { code: `NI${id}` } });

  it('names every target changed, added or removed since the recommendation', () => {
    const blockers = changedSinceRecommendation([target('1', 2), target('2', 1), target('3', 1)], [{ id: '1', version: 1 }, { id: '2', version: 1 }, { id: '4', version: 1 }]);
    expect(blockers.map((b) => b.reason)).toEqual([
      'NI1 (designated) changed (recommended version 1, now 2) after the RD\'s recommendation: the RD must recommend again',
      'NI3 (designated) was added after the RD\'s recommendation: the RD must recommend again',
      'target 4 was removed after the RD\'s recommendation: the RD must recommend again',
    ]);
    expect(changedSinceRecommendation([target('1', 1)], [{ id: '1', version: 1 }])).toEqual([]);
  });
});
