import { compareIndicatorCodes, sortByIndicator } from './indicator-order';

describe('the order of indicators', () => {
  it('puts national indicators in number order, not text order', () => {
    expect(['NI12', 'NI116', 'NI1', 'NI11', 'NI10', 'NI2'].sort(compareIndicatorCodes)).toEqual([
      'NI1',
      'NI2',
      'NI10',
      'NI11',
      'NI12',
      'NI116',
    ]);
  });

  it('puts local indicators after the national ones, by code, and items without a code last', () => {
    expect(['00CG-ALC2', 'NI39', '', '00CG-ALC10', '00CC-X', 'NI198'].sort(compareIndicatorCodes)).toEqual([
      'NI39',
      'NI198',
      '00CC-X',
      '00CG-ALC2',
      '00CG-ALC10',
      '',
    ]);
  });

  it('sorts items by the code each carries, leaving the input alone', () => {
    const targets = [
      { id: 'a', indicator: { code: 'NI116' } },
      { id: 'b', indicator: null },
      { id: 'c', indicator: { code: 'NI12' } },
    ];
    expect(sortByIndicator(targets, (t) => t.indicator?.code).map((t) => t.id)).toEqual(['c', 'a', 'b']);
    expect(targets.map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });
});
