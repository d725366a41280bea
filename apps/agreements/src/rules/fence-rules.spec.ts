import { sameLevels } from '@laa/domain';
import {
  BaselineFact,
  ChangedField,
  fenceRefusal,
  PermitFact,
  permitFor,
  TargetFact,
  TargetWrite,
} from './fence-rules';

const target = (fenced = true, kind = 'DESIGNATED'): TargetFact => ({ id: 't', kind, indicatorCode: 'NI18', fenced });
const levels = (id = 'p1', consumed = false): PermitFact => ({
  id,
  change: 'CHANGE_LEVELS',
  targetId: 't',
  levels: [130, 124, 118],
  consumed,
});
const addition = (id: string, consumed = false): PermitFact => ({
  id,
  change: 'ADD_DESIGNATED',
  targetId: null,
  levels: null,
  consumed,
});
/** A write of the target's levels alone, unless it says what else it changed. */
const update = (
  fact: TargetFact,
  levelsAfter: (number | null)[],
  changed: ChangedField[] = ['levels'],
  baselineAfter: BaselineFact | null = null,
): TargetWrite => ({ action: 'UPDATE', target: fact, levelsAfter, baselineAfter, changed });
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { rule: (error as { extensions: { rule: string } }).extensions.rule, message: (error as Error).message };
  }
  return null;
};

describe("a signed agreement's fence (judged by agreements in the write's transaction)", () => {
  it("lets anything through before signature, and nothing while Ministers' signature is being recorded", () => {
    expect(permitFor(null, update(target(), [1, 2, 3]), [])).toBeNull();
    expect(refusal(() => permitFor('SIGNING', { action: 'ADD', kind: 'LOCAL' }, []))?.rule).toBe(
      'SIGNED_TARGET_CLOSED',
    );
    expect(refusal(() => permitFor('SIGNING', update(target(true, 'LOCAL'), [1, 2, 3]), []))?.message).toMatch(
      /Ministers are signing/,
    );
  });

  it('closes a fenced target without its own permit, and leaves local targets and targets added under refresh open', () => {
    expect(refusal(() => permitFor('SIGNED', update(target(), [1, 2, 3]), []))).toEqual({
      rule: 'SIGNED_TARGET_CLOSED',
      message:
        'The agreement is signed: NI18 changes only through controlled refresh (requestTargetChange); once the change is approved, only that target reopens',
    });
    expect(refusal(() => permitFor('SIGNED', { action: 'REMOVE', target: target() }, [levels('p1', true)]))?.rule).toBe(
      'SIGNED_TARGET_CLOSED',
    );
    expect(permitFor('SIGNED', update(target(true, 'LOCAL'), [1, 2, 3]), [])).toBeNull();
    expect(permitFor('SIGNED', update(target(false), [1, 2, 3]), [])).toBeNull();
    expect(permitFor('SIGNED', { action: 'ADD', kind: 'LOCAL' }, [])).toBeNull();
  });

  it('lets an approved change of levels set exactly those levels, once, and not remove the target', () => {
    expect(permitFor('SIGNED', update(target(), [130, 124, 118]), [levels()])?.id).toBe('p1');
    expect(refusal(() => permitFor('SIGNED', update(target(), [131, 124, 118]), [levels()]))).toEqual({
      rule: 'refresh-as-approved',
      message:
        "The approved change sets NI18's levels to 130 / 124 / 118, not 131 / 124 / 118: set the approved levels, or request another change",
    });
    expect(refusal(() => permitFor('SIGNED', update(target(), [130, 124, null]), [levels()]))?.rule).toBe(
      'refresh-as-approved',
    );
    expect(refusal(() => permitFor('SIGNED', { action: 'REMOVE', target: target() }, [levels()]))?.message).toMatch(
      /removing the target needs its own approval \(requestTargetChange with REMOVE_DESIGNATED\)/,
    );
    const removal: PermitFact = { id: 'r', change: 'REMOVE_DESIGNATED', targetId: 't', levels: null, consumed: false };
    expect(permitFor('SIGNED', { action: 'REMOVE', target: target() }, [removal])?.id).toBe('r');
    expect(refusal(() => permitFor('SIGNED', update(target(), [1, 2, 3]), [removal]))?.rule).toBe(
      'refresh-as-approved',
    );
  });

  it('lets an approved change cover exactly that change: nothing beside the levels, the baseline only as approved', () => {
    expect(
      refusal(() => permitFor('SIGNED', update(target(), [130, 124, 118], ['levels', 'partners']), [levels()])),
    ).toEqual({
      rule: 'refresh-as-approved',
      message:
        "The approved change sets NI18's levels to 130 / 124 / 118; it does not cover partners: one approval covers exactly one change (request another for the rest)",
    });
    expect(
      permitFor('SIGNED', update(target(), [130, 124, 118], ['levels', 'intendedDirection']), [levels()])?.id,
    ).toBe('p1');
    const approved: BaselineFact = { value: 41.5, period: '2008/09', source: 'Place Survey 2008', provisional: false };
    const baseline: PermitFact = {
      id: 'b',
      change: 'CHANGE_BASELINE',
      targetId: 't',
      levels: null,
      baseline: approved,
      consumed: false,
    };
    expect(
      permitFor('SIGNED', update(target(true, 'STATUTORY_DCSF'), [1, 2, 3], ['baseline', 'baselineDueBy'], approved), [
        baseline,
      ])?.id,
    ).toBe('b');
    expect(
      refusal(() =>
        permitFor('SIGNED', update(target(), [1, 2, 3], ['baseline'], { ...approved, value: 40 }), [baseline]),
      )?.message,
    ).toBe(
      "The approved change sets NI18's baseline to 41.5 (2008/09, Place Survey 2008), not 40 (2008/09, Place Survey 2008): set the approved baseline, or request another change",
    );
    expect(
      refusal(() => permitFor('SIGNED', update(target(), [1, 2, 4], ['baseline', 'levels'], approved), [baseline]))
        ?.message,
    ).toMatch(/does not cover levels/);
  });

  it('lets one designated target in per approved addition: a second under the same approval is refused', () => {
    expect(permitFor('SIGNED', { action: 'ADD', kind: 'DESIGNATED' }, [addition('a1', true), addition('a2')])?.id).toBe(
      'a2',
    );
    expect(
      refusal(() => permitFor('SIGNED', { action: 'ADD', kind: 'DESIGNATED' }, [addition('a1', true)]))?.message,
    ).toMatch(/one approval adds exactly one designated target/);
    expect(refusal(() => permitFor('SIGNED', { action: 'ADD', kind: 'DESIGNATED' }, []))?.rule).toBe(
      'SIGNED_TARGET_CLOSED',
    );
    expect(refusal(() => permitFor('SIGNED', { action: 'ADD', kind: 'STATUTORY_DCSF' }, [addition('a1')]))).toEqual({
      rule: 'SIGNED_TARGET_CLOSED',
      message: expect.stringMatching(/statutory target's levels or baseline are refreshed/),
    });
  });

  it('is taken only at exactly the versions read for signature', () => {
    const live = [
      { id: 'a', version: 2, indicatorCode: 'NI1' },
      { id: 'b', version: 1, indicatorCode: 'NI2' },
    ];
    expect(
      fenceRefusal(live, [
        { targetId: 'a', version: 2 },
        { targetId: 'b', version: 1 },
      ]),
    ).toBeNull();
    expect(
      fenceRefusal(live, [
        { targetId: 'a', version: 1 },
        { targetId: 'c', version: 1 },
      ]),
    ).toBe(
      'The targets changed since they were read for signature (NI1 is at version 2, not 1; NI2 was added; target c was removed): read them again and sign what is there',
    );
    expect(sameLevels([1, 2, 3], [1, 2])).toBe(false);
  });
});
