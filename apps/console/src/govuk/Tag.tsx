import { ReactNode } from 'react';

export type TagColour =
  'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** GOV.UK tag: a status in words; the colour only repeats what the words say. */
export function Tag({
  colour,
  className,
  children,
  ...data
}: { colour?: TagColour; className?: string; children: ReactNode } & Record<`data-${string}`, string | undefined>) {
  return (
    <strong
      className={['govuk-tag', colour ? `govuk-tag--${colour}` : '', className ?? ''].filter(Boolean).join(' ')}
      {...data}
    >
      {children}
    </strong>
  );
}

/** A flag's tone as a GOV.UK tag's classes: a warning is red, good news green, anything else grey. */
export function toneTag(tone: string): string {
  if (tone === 'warning') return 'govuk-tag govuk-tag--red';
  if (tone === 'ok') return 'govuk-tag govuk-tag--green';
  return 'govuk-tag govuk-tag--grey';
}
