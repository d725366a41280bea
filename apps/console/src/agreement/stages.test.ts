import { nextStageOf, STAGES } from './StageSection';

describe('the agreement page\'s stages', () => {
  it('offers each stage after the one before, and nothing after submission', () => {
    expect(STAGES.map(nextStageOf)).toEqual(['PRIORITIES', 'INDICATORS', 'TARGETS', 'SUBMITTED', null]);
    expect(nextStageOf('UNKNOWN')).toBeNull();
  });
});
