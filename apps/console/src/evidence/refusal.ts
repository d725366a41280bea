import { ActionError } from '../agreement/actions';
import { formatDateTime } from '../dates';
import { person, refusalSentence } from '../words';

const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The sentence shown for a refusal on the evidence pages. A conflict says plainly who did what
 * since the page was read: who chose which figure of record, or who wrote the newer story.
 */
export function refusalText(error: ActionError): string {
  const current: Record<string, unknown> = { ...error.current };
  if (error.code === 'CONFLICT') {
    const chosenBy = textOf(current.chosenBy);
    if (chosenBy) {
      const when = textOf(current.chosenAt);
      return `Not saved: ${person(chosenBy)} chose "${textOf(current.source) ?? '?'}" as the figure of record${when ? ` on ${formatDateTime(when)}` : ''} after you read this page. The page now shows their choice; change it if you still disagree.`;
    }
    if (typeof current.version === 'number') {
      const by = textOf(current.writtenBy);
      return `Not saved: this is now at version ${current.version}${by ? `, written by ${person(by)}` : ''}, since you read it. Read the newer version before writing yours.`;
    }
    return `Not saved: someone changed this since you read it (${error.message}).`;
  }
  return refusalSentence(error);
}
