import { csvCell, csvLine } from './index';

describe('the CSV writer', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(['+1+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual([
      `"'+1+cmd"`,
      `"'-2+3"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      `"'\rx"`,
    ]);
  });

  it('keeps numbers, negative ones too, and ordinary text as they are', () => {
    expect(csvLine([4, -5.5, '-5', '+3.25', 'NOT_A_NUMBER', 'value "n/a" is not a number', null, true])).toBe(
      '4,-5.5,"-5","+3.25","NOT_A_NUMBER","value ""n/a"" is not a number",,true',
    );
  });
});
