import { ReferenceStatus } from '@laa/domain';

/** "(inferred ...)" marks a value the compiler derived; an empty cell is missing. */
export function statusOf(text: string): ReferenceStatus {
  if (text.trim() === '') return ReferenceStatus.MISSING;
  return /\binferred\b/i.test(text) ? ReferenceStatus.INFERRED : ReferenceStatus.SOURCED;
}
