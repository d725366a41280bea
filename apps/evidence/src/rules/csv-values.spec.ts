import { hasControlCharacter, isCalendarDate, readDecimal } from './csv-values';

describe('numbers in the evidence CSV', () => {
  it('reads plain decimals', () => {
    expect(['12', '-5', '+3.25', '0.5', '.5', '7.', '007'].map(readDecimal)).toEqual([12, -5, 3.25, 0.5, 0.5, 7, 7]);
  });

  it('refuses hex, binary, octal, exponents, separators, words and the empty text', () => {
    for (const text of [
      '0x10',
      '0b101',
      '0o17',
      '1e308',
      '1E3',
      'Infinity',
      '-Infinity',
      'NaN',
      '1,200',
      '1 200',
      '',
      '-',
      '.',
      '12%',
      '£5',
      '١٢',
    ]) {
      expect(readDecimal(text)).toBeNull();
    }
  });
});

describe('dates in the evidence CSV', () => {
  it('takes calendar dates from 1990 to 2100', () => {
    expect(['2008-02-29', '2007-12-31', '1990-01-01', '2100-12-31'].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('refuses dates that do not exist or are out of range', () => {
    for (const text of [
      '2007-02-31',
      '2007-02-29',
      '2007-04-31',
      '2007-13-01',
      '2007-00-10',
      '2007-01-00',
      '0000-01-01',
      '1989-12-31',
      '2101-01-01',
      '1 Oct 2004',
      '2007-1-1',
    ]) {
      expect(isCalendarDate(text)).toBe(false);
    }
  });
});

describe('control characters', () => {
  it('finds NUL and the other control characters, not ordinary text', () => {
    expect(['a\u0000b', 'tab\there', 'bell\u0007', 'del\u007f', 'cr\rhere'].map(hasControlCharacter)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['Office for National Statistics', 'Café ün', 'Ⅻ 🙂'].map(hasControlCharacter)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
