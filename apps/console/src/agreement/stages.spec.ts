import { negotiationStages } from '../labels';
import { nextStageOf } from './StageSection';

describe("the agreement page's stages", () => {
  it('offers each stage after the one before, and nothing after submission', () => {
    expect(negotiationStages.codes.map(nextStageOf)).toEqual([
      'PRIORITIES',
      'INDICATORS',
      'TARGETS',
      'SUBMITTED',
      null,
    ]);
    expect(nextStageOf('UNKNOWN')).toBeNull();
  });
});
