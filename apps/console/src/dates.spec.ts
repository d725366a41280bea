import { datesInWords, formatDate, formatDateTime, isoDateOf } from './dates';

describe('dates as people in the UK read them', () => {
  it('writes a date as "2 December 2026", from a date or a moment, without shifting the day', () => {
    expect(formatDate('2026-12-02')).toBe('2 December 2026');
    expect(formatDate('2008-03-14T23:30:00.000Z')).toBe('14 March 2008');
    expect(formatDateTime('2008-01-02T10:11:12.000Z')).toBe('2 January 2008 at 10:11');
    expect(formatDate(null)).toBe('–');
    expect(formatDate('spring 2008')).toBe('spring 2008');
  });

  it('puts the ISO dates inside a sentence into words', () => {
    expect(datesInWords('Case conference on 2008-03-14, due 2007-09-28')).toBe(
      'Case conference on 14 March 2008, due 28 September 2007',
    );
  });

  it('reads a GOV.UK date input, refusing a missing part or a day that does not exist', () => {
    expect(isoDateOf({ day: '3', month: '9', year: '2008' }, 'Held on')).toBe('2008-09-03');
    expect(isoDateOf({ day: '', month: '', year: '' }, 'Held on')).toBeNull();
    expect(() => isoDateOf({ day: '3', month: '', year: '2008' }, 'Held on')).toThrow('Held on must include a month');
    expect(() => isoDateOf({ day: '', month: '', year: '2008' }, 'Held on')).toThrow(
      'Held on must include a day and a month',
    );
    expect(() => isoDateOf({ day: '30', month: '2', year: '2008' }, 'Held on')).toThrow('Held on must be a real date');
    expect(() => isoDateOf({ day: '1', month: '1', year: '08' }, 'Held on')).toThrow('Held on must be a real date');
  });
});
