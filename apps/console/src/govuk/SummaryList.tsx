import { ReactNode } from 'react';

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  /** An action on the row (a link to change it), only when it can be taken. */
  action?: ReactNode;
  testId?: string;
}

/** GOV.UK summary list: what something is, one fact a row. */
export function SummaryList({ rows, noBorder = false }: { rows: SummaryRow[]; noBorder?: boolean }) {
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row, i) => (
        <div
          key={i}
          className={`govuk-summary-list__row${row.action ? '' : ' govuk-summary-list__row--no-actions'}`}
          data-testid={row.testId}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action && <dd className="govuk-summary-list__actions">{row.action}</dd>}
        </div>
      ))}
    </dl>
  );
}
