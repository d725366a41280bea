import { ReactNode, TableHTMLAttributes, useLayoutEffect, useRef } from 'react';

/**
 * GOV.UK table in its own scrolling box: a table wider than a phone scrolls inside the box, never the page. The box
 * is focusable so a keyboard user can scroll it too, and is a named region: its name is the caption, the `label`
 * given, or else the heading of the section it sits in ("Targets (35 …) table").
 */
export function Table({
  caption,
  captionSize = 'm',
  className,
  children,
  label,
  ...rest
}: TableHTMLAttributes<HTMLTableElement> & { caption?: ReactNode; captionSize?: 's' | 'm' | 'l'; label?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (box.current)
      box.current.setAttribute(
        'aria-label',
        regionName(box.current, label ?? (typeof caption === 'string' ? caption : undefined)),
      );
  });
  return (
    <div ref={box} className="app-table-scroll" role="region" tabIndex={0}>
      <table className={['govuk-table', className ?? ''].filter(Boolean).join(' ')} {...rest}>
        {caption !== undefined && (
          <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
        )}
        {children}
      </table>
    </div>
  );
}

/** The box's name, unique on the page: two tables under one heading are told apart by their order. */
function regionName(node: HTMLElement, given: string | undefined): string {
  const caption = node.querySelector('caption')?.textContent?.trim();
  const heading = node
    .closest('section, article, form, [data-testid]')
    ?.querySelector('h1, h2, h3, h4')
    ?.textContent?.trim();
  const base = `${given ?? caption ?? heading ?? 'Data'} (table)`;
  const others = [...document.querySelectorAll<HTMLElement>('.app-table-scroll')].filter(
    (other) => other !== node && other.getAttribute('aria-label')?.startsWith(base),
  );
  return others.length === 0 ? base : `${base} ${others.length + 1}`;
}
