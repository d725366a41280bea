import { lineOf, parseTemplateLines } from './template-lines';

const STAGES = ['PROCESS_MAP', 'PRIORITIES', 'INDICATORS', 'TARGETS', 'SUBMITTED'];

describe("the round's process map template typed in the form", () => {
  it('reads one milestone a line, as the page writes them', () => {
    const milestone = {
      title: 'Priority outcomes negotiated',
      dueOn: '2007-11-30',
      owner: 'LSP Board',
      stage: 'PRIORITIES',
    };
    expect(
      parseTemplateLines(`${lineOf(milestone)}\n\nIndicators agreed | 2008-01-31 | LSP Executive | indicators`, STAGES),
    ).toEqual({
      milestones: [
        milestone,
        { title: 'Indicators agreed', dueOn: '2008-01-31', owner: 'LSP Executive', stage: 'INDICATORS' },
      ],
    });
  });

  it('names a line that does not read, and refuses an empty template', () => {
    expect(parseTemplateLines('Priorities | 30 November | LSP Board | PRIORITIES', STAGES)).toEqual({
      error: expect.stringContaining('Milestone line 1'),
    });
    expect(parseTemplateLines('Priorities | 2007-11-30 | LSP Board | LATER', STAGES)).toEqual({
      error: expect.stringContaining('Milestone line 1'),
    });
    expect(parseTemplateLines('  \n', STAGES)).toEqual({ error: 'The template needs one milestone at least' });
  });
});
