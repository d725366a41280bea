import { canOpenRound, slippageText } from './capabilities';

describe('the round page', () => {
  it("offers opening agreements to the region's relationship managers and directors only", () => {
    expect(canOpenRound([{ role: 'RELATIONSHIP_MANAGER', region: 'E12000001' }], 'E12000001')).toBe(true);
    expect(canOpenRound([{ role: 'DEPUTY_REGIONAL_DIRECTOR', region: 'E12000001' }], 'E12000001')).toBe(true);
    expect(canOpenRound([{ role: 'REGIONAL_DIRECTOR', region: 'E12000007' }], 'E12000001')).toBe(false);
    expect(
      canOpenRound(
        [
          { role: 'THEME_LEAD', region: 'E12000001' },
          { role: 'PARTNERSHIP_OFFICER', region: 'E12000001', area: '00CG' },
        ],
        'E12000001',
      ),
    ).toBe(false);
    expect(canOpenRound([], 'E12000001')).toBe(false);
  });

  it('says how late a process map is', () => {
    expect(slippageText(0)).toBe('on time');
    expect(slippageText(1)).toBe('1 day late');
    expect(slippageText(10)).toBe('10 days late');
    expect(slippageText(30)).toBe('4 weeks late');
  });
});
