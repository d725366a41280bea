import { draftOf, storyInput } from './story-draft';
import { actionErrorOf } from '../agreement/actions';
import { refusalText } from './refusal';

describe('the next version of the story of place', () => {
  it('starts from the latest version and sends its claims with the codes as typed', () => {
    const draft = draftOf({
      placeToday: 'A city of contrasts.',
      ambition: 'A fairer city.',
      claims: [{ statement: 'Alcohol harm drives crime', indicatorCodes: ['NI39', 'NI41'], softEvidenceIds: ['s1'] }],
    });
    expect(draft.claims[0]).toEqual({
      statement: 'Alcohol harm drives crime',
      indicators: 'NI39, NI41',
      softEvidence: ['s1'],
    });
    draft.claims.push(
      { statement: '  ', indicators: 'NI1', softEvidence: [] },
      { statement: ' Truancy feeds offending ', indicators: 'ni 116', softEvidence: [] },
    );
    expect(storyInput('00CG', 2, draft)).toEqual({
      area: '00CG',
      expectedVersion: 2,
      placeToday: 'A city of contrasts.',
      ambition: 'A fairer city.',
      claims: [
        { statement: 'Alcohol harm drives crime', indicators: ['NI39', 'NI41'], softEvidence: ['s1'] },
        { statement: 'Truancy feeds offending', indicators: ['NI116'], softEvidence: [] },
      ],
    });
  });

  it('starts the first version empty, written against version 0', () => {
    expect(storyInput('00CG', 0, draftOf(null))).toEqual({
      area: '00CG',
      expectedVersion: 0,
      placeToday: '',
      ambition: '',
      claims: [],
    });
  });

  it("keeps the latest version's Sustainable Community Strategy unless the editor changes it", () => {
    const draft = draftOf({
      placeToday: 'A city.',
      ambition: 'A fairer city.',
      claims: [],
      communityStrategy: { id: 'scs-1' },
    });
    expect(storyInput('00CG', 1, draft).communityStrategy).toBe('scs-1');
    expect(storyInput('00CG', 1, { ...draft, communityStrategy: '' }).communityStrategy).toBeUndefined();
  });
});

describe('refusals', () => {
  const graphqlError = (extensions: Record<string, unknown>, message = 'refused') => ({
    errors: [{ message, extensions }],
  });

  it('says who chose which figure of record when a choice conflicts', () => {
    const refusal = actionErrorOf(
      graphqlError({
        code: 'CONFLICT',
        current: {
          source: 'PCT health profile',
          chosenBy: 'Demo GO Analyst (goanalyst-E12000003)',
          chosenAt: '2008-01-02T10:11:12.000Z',
        },
      }),
    );
    expect(refusalText(refusal)).toBe(
      'Not saved: Demo GO Analyst chose "PCT health profile" as the figure of record on 2 January 2008 at 10:11 after you read this page. The page now shows their choice; change it if you still disagree.',
    );
  });

  it('says which version and who wrote it when the story moved on', () => {
    expect(
      refusalText(
        actionErrorOf(graphqlError({ code: 'CONFLICT', current: { version: 3, writtenBy: 'Robin (rm-E12000003)' } })),
      ),
    ).toContain('now at version 3, written by Robin, since');
  });

  it("shows the API's own message otherwise, and a network failure in words, not the browser's", () => {
    expect(refusalText(actionErrorOf(graphqlError({ code: 'FORBIDDEN' }, 'Only the LSP signs off')))).toBe(
      'Not allowed: Only the LSP signs off',
    );
    expect(refusalText(actionErrorOf(new Error('Failed to fetch')))).toBe(
      'The region did not answer; nothing was saved. Check your connection and try again.',
    );
  });
});
