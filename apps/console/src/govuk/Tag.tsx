import { ReactNode } from 'react';

export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** GOV.UK tag: a status in words; the colour only repeats what the words say. */
export function Tag({ colour, className, children, ...data }: { colour?: TagColour; className?: string; children: ReactNode } & Record<`data-${string}`, string | undefined>) {
  return <strong className={['govuk-tag', colour ? `govuk-tag--${colour}` : '', className ?? ''].filter(Boolean).join(' ')} {...data}>{children}</strong>;
}
