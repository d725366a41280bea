import { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'warning';

/** GOV.UK button; `secondary` for actions beside the main one, `warning` for ones that cannot be undone. */
export function Button({
  variant = 'primary',
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const classes = ['govuk-button', variant !== 'primary' ? `govuk-button--${variant}` : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <button className={classes} data-module="govuk-button" {...rest} />;
}

export function ButtonGroup({ children }: { children: React.ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
