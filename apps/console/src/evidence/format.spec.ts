import {
  codesOf,
  formatRelativeChange,
  formatSlope,
  formatValue,
  parseShownValue,
  quartileLabel,
  rankLabel,
  referenceMark,
  startYearOf,
} from './format';

describe('evidence figures in words', () => {
  it('shows figures with up to three decimals and reads them back', () => {
    expect(formatValue(1234.5)).toBe('1,234.5');
    expect(formatValue(31.1)).toBe('31.1');
    expect(formatValue(0.12345)).toBe('0.123');
    expect(formatValue(null)).toBe('–');
    expect(parseShownValue('1,234.5')).toBe(1234.5);
  });

  it('signs a change a year, and a share of the level as a percentage', () => {
    expect(formatSlope(0.22)).toBe('+0.22 a year');
    expect(formatSlope(-1)).toBe('−1 a year');
    expect(formatSlope(null)).toBe('–');
    expect(formatRelativeChange(0.0072)).toBe('+0.72% a year');
    expect(formatRelativeChange(-0.0253)).toBe('−2.53% a year');
  });

  it('names quartile 1 the best quarter of areas and 4 the worst', () => {
    expect(quartileLabel(1)).toBe('1st quartile (best quarter of areas)');
    expect(quartileLabel(3)).toBe('3rd quartile');
    expect(quartileLabel(4)).toBe('4th quartile (worst quarter of areas)');
    expect(quartileLabel(null)).toMatch(/^No quartile/);
    expect(rankLabel(25, 149)).toBe('25 of 149 areas (1 = best)');
  });

  it('marks every reference value that is not sourced', () => {
    expect(referenceMark('SOURCED')).toBeNull();
    expect(referenceMark('UNVERIFIED')).toBe('unverified');
    expect(referenceMark('INFERRED')).toBe('inferred');
    expect(referenceMark('MISSING')).toBe('missing');
  });

  it('reads periods and typed indicator codes', () => {
    expect(startYearOf('2007/08')).toBe(2007);
    expect(startYearOf('2007')).toBe(2007);
    expect(startYearOf('later')).toBeNull();
    expect(codesOf('NI 116, ni39;\n00CG-ALC1,')).toEqual(['NI116', 'NI39', '00CG-ALC1']);
  });
});
