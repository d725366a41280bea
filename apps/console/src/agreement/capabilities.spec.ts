import { capabilitiesOf } from './capabilities';

const rm = [{ role: 'RELATIONSHIP_MANAGER', region: 'E12000003' }];
const place = { region: 'E12000003', area: '00CC' };

describe('what the agreement page offers', () => {
  it("offers editing to the area's GO while the draft is open, and no longer once Ministers have signed", () => {
    expect(capabilitiesOf(rm, place).edit).toBe(true);
    expect(capabilitiesOf(rm, place, true).edit).toBe(false);
    // The record of the negotiation stays open to the GO after signature.
    expect(capabilitiesOf(rm, place, true).convene).toBe(true);
  });
});
