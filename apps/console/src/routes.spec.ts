import { href, namesUnknownRegion, parseRoute } from './routes';

const REGIONS = ['E12000001', 'E12000003'];

describe('routes', () => {
  it('reads a hash route and writes one back', () => {
    expect(parseRoute('#/sign-off/E12000003/abc')).toEqual({ page: 'sign-off', params: ['E12000003', 'abc'] });
    expect(href('agreement', 'E12000003', 'a b')).toBe('#/agreement/E12000003/a%20b');
  });

  it('finds a region the console does not know in a page that names one', () => {
    expect(namesUnknownRegion(parseRoute('#/sign-off/E12000099/x'), REGIONS)).toBe(true);
    expect(namesUnknownRegion(parseRoute('#/evidence/nowhere'), REGIONS)).toBe(true);
    expect(namesUnknownRegion(parseRoute('#/maa/E12000099'), REGIONS)).toBe(true);
    expect(namesUnknownRegion(parseRoute('#/sign-off/E12000003/x'), REGIONS)).toBe(false);
    // The board of every region and pages without a region in the URL are not about one region.
    expect(namesUnknownRegion(parseRoute('#/sign-off'), REGIONS)).toBe(false);
    expect(namesUnknownRegion(parseRoute('#/'), REGIONS)).toBe(false);
  });
});
