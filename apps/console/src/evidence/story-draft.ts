import { codesOf } from './format';

/** A claim as the editor holds it: indicator codes as typed, soft intelligence by id. */
export interface ClaimDraft {
  statement: string;
  indicators: string;
  softEvidence: string[];
}

export interface StoryDraft {
  placeToday: string;
  ambition: string;
  claims: ClaimDraft[];
  /** The Sustainable Community Strategy the version draws on (its id), carried from the latest version. */
  communityStrategy?: string | null;
}

interface StoryLike {
  placeToday: string;
  ambition: string;
  claims: { statement: string; indicatorCodes: string[]; softEvidenceIds: string[] }[];
  communityStrategy?: { id: string } | null;
}

export const EMPTY_CLAIM: ClaimDraft = { statement: '', indicators: '', softEvidence: [] };

/** The next version starts from the latest one (or from nothing). */
export function draftOf(story: StoryLike | null): StoryDraft {
  if (!story) return { placeToday: '', ambition: '', claims: [{ ...EMPTY_CLAIM }] };
  return {
    placeToday: story.placeToday,
    ambition: story.ambition,
    communityStrategy: story.communityStrategy?.id ?? null,
    claims: story.claims.map((c) => ({
      statement: c.statement,
      indicators: c.indicatorCodes.join(', '),
      softEvidence: [...c.softEvidenceIds],
    })),
  };
}

/** The writeStoryOfPlace input for a draft: blank claims are left out, codes read as typed ("NI 116, NI39"). */
export function storyInput(area: string, expectedVersion: number, draft: StoryDraft) {
  return {
    area,
    expectedVersion,
    placeToday: draft.placeToday.trim(),
    ambition: draft.ambition.trim(),
    communityStrategy: draft.communityStrategy || undefined,
    claims: draft.claims
      .filter((c) => c.statement.trim() !== '')
      .map((c) => ({ statement: c.statement.trim(), indicators: codesOf(c.indicators), softEvidence: c.softEvidence })),
  };
}
