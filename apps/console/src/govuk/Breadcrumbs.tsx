/** GOV.UK breadcrumbs: where a page sits; the last crumb is the page itself, not a link (a level with no page of its own is text too). */
export function Breadcrumbs({ items }: { items: { text: string; href?: string }[] }) {
  return (
    <nav className="govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {items.map((item, i) => (
          <li key={item.text} className="govuk-breadcrumbs__list-item">
            {item.href ? (
              <a className="govuk-breadcrumbs__link" href={item.href}>
                {item.text}
              </a>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined}>{item.text}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
