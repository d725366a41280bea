import { ReactNode } from 'react';

/** One row of a totals table: its first cell heads the row; `last` is a cell of markup after the plain ones. */
export interface TotalsTableRow {
  key: string;
  cells: (string | number)[];
  testId?: string;
  last?: ReactNode;
}

/** The national view's tables: one markup for every grouping (GOV.UK table, each row headed by its first cell). */
export function TotalsTable({
  caption,
  captionHidden = false,
  columns,
  rows,
  numeric,
  testId,
}: {
  caption: string;
  /** For a table a heading above already names. */
  captionHidden?: boolean;
  columns: string[];
  rows: TotalsTableRow[];
  numeric: boolean;
  testId: string;
}) {
  const cellClass = numeric ? 'govuk-table__cell govuk-table__cell--numeric' : 'govuk-table__cell';
  return (
    <table className="govuk-table" data-testid={testId}>
      <caption className={captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--m'}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((h) => (
            <th key={h} scope="col" className="govuk-table__header">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.key} className="govuk-table__row" data-testid={row.testId}>
            <th scope="row" className="govuk-table__header">
              {row.cells[0]}
            </th>
            {row.cells.slice(1).map((v, j) => (
              <td key={j} className={cellClass}>
                {v}
              </td>
            ))}
            {row.last !== undefined && <td className={cellClass}>{row.last}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
