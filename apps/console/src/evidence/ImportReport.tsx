import { rejectionReasons } from '../labels';
import { formatValue } from './format';
import { ObservationImportsData } from './region-queries';
import { ImportReport } from './upload';
import { formatDateTime } from '../dates';
import { person } from '../words';
import { Table } from '../govuk';

/** What an import did: rows read, loaded, superseded, unchanged, rejected, and every rejected row by line. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const counts: [string, number][] = [
    ['Rows read', report.rowsRead],
    ['Loaded', report.inserted],
    ['Superseded (kept as history)', report.superseded],
    ['Unchanged (already loaded)', report.unchanged],
    ['Rejected', report.rejected],
  ];
  return (
    <section className="import-report" aria-labelledby="report-heading" data-testid="import-report">
      <h2 className="govuk-heading-m" id="report-heading">
        Import report: {report.origin}
      </h2>
      <p className="govuk-body">Loaded by {person(report.loadedBy)}.</p>
      {report.similarAreasStale && (
        <p className="govuk-body" role="status" data-testid="similar-areas-stale">
          The figures are loaded, but similar areas could not be recomputed: they are as of an earlier import until the
          next one.
        </p>
      )}
      <dl className="govuk-summary-list counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={`count-${label.split(' ')[0].toLowerCase()}`}>{formatValue(value)}</dd>
          </div>
        ))}
      </dl>
      {report.rejected > 0 && (
        <Table data-testid="rejected-rows">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Rejected rows
            {report.rejections.length < report.rejected
              ? ` (the first ${report.rejections.length} of ${report.rejected})`
              : ''}
            : fix them and import the file again; the good rows will not load twice.
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">
                Line
              </th>
              <th className="govuk-table__header" scope="col">
                Reason
              </th>
              <th className="govuk-table__header" scope="col">
                Message
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {report.rejections.map((r) => (
              <tr className="govuk-table__row" key={r.line} data-reason={r.reason}>
                <th className="govuk-table__header" scope="row">
                  {r.line}
                </th>
                <td className="govuk-table__cell">
                  {rejectionReasons.label(r.reason)}{' '}
                  <small className="govuk-body-s">
                    <code>{r.reason}</code>
                  </small>
                </td>
                <td className="govuk-table__cell">{r.message}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

type RecentImport = ObservationImportsData['observationImports'][number];

export function RecentImports({
  imports,
  loading,
  error,
}: {
  imports: RecentImport[];
  loading: boolean;
  error?: string;
}) {
  return (
    <section className="recent-imports" aria-labelledby="recent-heading" aria-busy={loading}>
      <h2 className="govuk-heading-m" id="recent-heading">
        Recent imports in this region
      </h2>
      {error && (
        <p className="govuk-body" role="alert">
          The import history could not be read: {error}
        </p>
      )}
      {!error && imports.length === 0 && !loading && <p className="govuk-body">No imports yet.</p>}
      {imports.length > 0 && (
        <Table data-testid="recent-imports">
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">
                When
              </th>
              <th className="govuk-table__header" scope="col">
                What
              </th>
              <th className="govuk-table__header" scope="col">
                By
              </th>
              <th className="govuk-table__header" scope="col">
                Read
              </th>
              <th className="govuk-table__header" scope="col">
                Loaded
              </th>
              <th className="govuk-table__header" scope="col">
                Superseded
              </th>
              <th className="govuk-table__header" scope="col">
                Unchanged
              </th>
              <th className="govuk-table__header" scope="col">
                Rejected
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {imports.map((i) => (
              <tr className="govuk-table__row" key={i.id}>
                <td className="govuk-table__cell">{formatDateTime(i.startedAt)}</td>
                <th className="govuk-table__header" scope="row">
                  {i.origin}
                </th>
                <td className="govuk-table__cell">{person(i.loadedBy)}</td>
                <td className="govuk-table__cell">{formatValue(i.rowsRead)}</td>
                <td className="govuk-table__cell">{formatValue(i.inserted)}</td>
                <td className="govuk-table__cell">{formatValue(i.superseded)}</td>
                <td className="govuk-table__cell">{formatValue(i.unchanged)}</td>
                <td className="govuk-table__cell">{formatValue(i.rejected)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
