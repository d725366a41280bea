import { csvText, downloadCsv } from './csv';

type Cell = string | number | boolean | null | undefined;

/** Every table of the national view can be taken away as CSV: the table's own columns and rows, as shown. */
export function CsvButton({
  table,
  filename,
  header,
  rows,
}: {
  table: string;
  filename: string;
  header: string[];
  rows: Cell[][];
}) {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary csv"
      data-module="govuk-button"
      onClick={() => downloadCsv(filename, csvText(header, rows))}
    >
      Download {table} as CSV
    </button>
  );
}
