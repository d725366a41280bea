import { documentTitle } from './page-frame';

describe("the browser tab's title", () => {
  it("names the page after its heading, else after the page's name", () => {
    expect(documentTitle(' Sheffield\n  00CG agreement ', 'Agreement')).toBe('Sheffield 00CG agreement – LAA Platform');
    expect(documentTitle(undefined, 'Agreement')).toBe('Agreement – LAA Platform');
    expect(documentTitle('  ', 'Evidence base')).toBe('Evidence base – LAA Platform');
  });

  it('starts with "Error: " while the page shows an error summary, as GOV.UK pages do', () => {
    expect(documentTitle('Barnsley 00CC agreement', 'Agreement', true)).toBe(
      'Error: Barnsley 00CC agreement – LAA Platform',
    );
  });
});
