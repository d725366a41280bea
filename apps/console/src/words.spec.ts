import { ERROR_WORDS, errorLeadIn, person, plainWords, refusalSentence } from './words';

describe('words, not codes', () => {
  it('says every error code the API has in words', () => {
    for (const code of [
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'CONFLICT',
      'RULE_VIOLATION',
      'INTERNAL_SERVER_ERROR',
      'RATE_LIMITED',
      'SUBGRAPH_UNAVAILABLE',
    ]) {
      expect(ERROR_WORDS[code]).toMatch(/^[A-Z][a-z]/);
    }
    expect(errorLeadIn('SOMETHING_NEW')).toBe('Something new');
  });

  it("never shows the API's internal names: operations, fields and stage codes become what people call them", () => {
    const shown = [
      plainWords(
        'The agreement is signed: a designated target is added only once Ministers approve it (requestTargetChange with ADD_DESIGNATED)',
      ),
      plainWords('Target NI116 has no confirmed baseline: give baselineDueBy, the date by which it must be set'),
      plainWords('the Secretary of State has not yet consulted Cabinet colleagues (recordCabinetConsultation)'),
      plainWords('The agreement is at PRIORITIES: targets come later'),
    ].join('\n');
    for (const internal of [
      'requestTargetChange',
      'ADD_DESIGNATED',
      'baselineDueBy',
      'recordCabinetConsultation',
      'PRIORITIES',
    ])
      expect(shown).not.toContain(internal);
    expect(shown).toContain('a request to add a designated target');
    expect(shown).toContain('the date by which the baseline will be set');
    expect(shown).toContain('at Priority outcomes');
  });

  it('keeps codes people use (indicators, departments) and puts dates into words', () => {
    expect(plainWords('NI116 for DCSF, due 2008-09-30')).toBe('NI116 for DCSF, due 30 September 2008');
  });

  it('names people without their account ids', () => {
    expect(person('Demo Theme Lead (tl-E12000003) (GO theme lead)')).toBe('Demo Theme Lead (GO theme lead)');
    expect(person('Demo CLG Minister (minister-clg)')).toBe('Demo CLG Minister');
    expect(person('Children, Schools and Families (DCSF)')).toBe('Children, Schools and Families (DCSF)');
    expect(person(null)).toBeNull();
  });

  it('says a refusal with its kind first', () => {
    expect(refusalSentence({ code: 'FORBIDDEN', message: 'Only the LSP signs off' })).toBe(
      'Not allowed: Only the LSP signs off',
    );
  });
});
