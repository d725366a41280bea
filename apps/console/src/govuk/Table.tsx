import { ReactNode, TableHTMLAttributes } from 'react';

/**
 * GOV.UK table in its own scrolling box: a table wider than a phone scrolls inside the box, never the page. The box
 * is focusable and named after the caption so a keyboard user can scroll it too.
 */
export function Table({ caption, captionSize = 'm', className, children, label, ...rest }: TableHTMLAttributes<HTMLTableElement> & { caption?: ReactNode; captionSize?: 's' | 'm' | 'l'; label?: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label ?? (typeof caption === 'string' ? caption : 'Table')} tabIndex={0}>
      <table className={['govuk-table', className ?? ''].filter(Boolean).join(' ')} {...rest}>
        {caption !== undefined && <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>}
        {children}
      </table>
    </div>
  );
}
