import { describeMissingStatutory, missingStatutoryTargets, statutoryCodesInForce } from './statutory-set';

const membership = (indicatorCode: string, from: string, to: string | null = null) => ({ indicatorCode, from, to });
const target = (indicatorCode: string, levels: (number | null)[] = [1, 2, 3], kind = 'STATUTORY_DCSF') => ({
  kind,
  indicatorCode,
  levels,
});

describe('every agreement holds the statutory set in force', () => {
  const set = [
    membership('NI72', '2008-04-01'),
    membership('NI74', '2008-04-01', '2008-12-31'),
    membership('NI102', '2009-04-01'),
  ];

  it('reads the set in force on a day from the dated memberships', () => {
    expect(statutoryCodesInForce(set, '2008-03-31')).toEqual([]);
    expect(statutoryCodesInForce(set, '2008-12-30')).toEqual(['NI72', 'NI74']);
    expect(statutoryCodesInForce(set, '2008-12-31')).toEqual(['NI72']);
    expect(statutoryCodesInForce(set, '2009-04-01')).toEqual(['NI72', 'NI102']);
  });

  it('names each indicator without a statutory target with all three levels: a designated, local or half-set target does not count', () => {
    const inForce = ['NI72', 'NI74', 'NI102'];
    expect(
      missingStatutoryTargets(inForce, [
        target('NI72'),
        target('NI74', [1, 2, null]),
        target('NI102', [1, 2, 3], 'LOCAL'),
      ]),
    ).toEqual(['NI74', 'NI102']);
    expect(
      missingStatutoryTargets(
        inForce,
        inForce.map((code) => target(code)),
      ),
    ).toEqual([]);
    expect(describeMissingStatutory(['NI74', 'NI102'], '2009-04-01')).toBe(
      'The statutory DCSF education and early years set in force on 2009-04-01 needs a statutory target with all three levels on NI74, NI102',
    );
  });
});
