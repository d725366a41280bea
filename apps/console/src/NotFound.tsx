/** An address that names no page, region, area or agreement the console knows: said plainly, with a way back. */
export function NotFound({ what }: { what?: string }) {
  return (
    <div data-testid="not-found">
      <h1 className="govuk-heading-l">Page not found</h1>
      {what && <p className="govuk-body">{what}</p>}
      <p className="govuk-body">
        If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="#/">
          Go to the national view
        </a>
      </p>
    </div>
  );
}
