import { rejectionReasons } from '../labels';
import { formatValue } from './format';
import { ObservationImportsData } from './region-queries';
import { ImportReport } from './upload';

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
      <h2 id="report-heading">Import report: {report.origin}</h2>
      <p>Loaded by {report.loadedBy}.</p>
      {report.similarAreasStale && (
        <p role="status" data-testid="similar-areas-stale">The figures are loaded, but similar areas could not be recomputed: they are as of an earlier import until the next one.</p>
      )}
      <dl className="counts">
        {counts.map(([label, value]) => (
          <div key={label}><dt>{label}</dt><dd data-testid={`count-${label.split(' ')[0].toLowerCase()}`}>{formatValue(value)}</dd></div>
        ))}
      </dl>
      {report.rejected > 0 && (
        <table data-testid="rejected-rows">
          <caption>
            Rejected rows{report.rejections.length < report.rejected ? ` (the first ${report.rejections.length} of ${report.rejected})` : ''}: fix them and import the file again; the good rows will not load twice.
          </caption>
          <thead><tr><th scope="col">Line</th><th scope="col">Reason</th><th scope="col">Message</th></tr></thead>
          <tbody>
            {report.rejections.map((r) => (
              <tr key={r.line} data-reason={r.reason}>
                <th scope="row">{r.line}</th>
                <td>{rejectionReasons.label(r.reason)} <small><code>{r.reason}</code></small></td>
                <td>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type RecentImport = ObservationImportsData['observationImports'][number];

export function RecentImports({ imports, loading, error }: { imports: RecentImport[]; loading: boolean; error?: string }) {
  return (
    <section className="recent-imports" aria-labelledby="recent-heading" aria-busy={loading}>
      <h2 id="recent-heading">Recent imports in this region</h2>
      {error && <p role="alert">The import history could not be read: {error}</p>}
      {!error && imports.length === 0 && !loading && <p>No imports yet.</p>}
      {imports.length > 0 && (
        <table data-testid="recent-imports">
          <thead>
            <tr><th scope="col">When</th><th scope="col">What</th><th scope="col">By</th><th scope="col">Read</th><th scope="col">Loaded</th><th scope="col">Superseded</th><th scope="col">Unchanged</th><th scope="col">Rejected</th></tr>
          </thead>
          <tbody>
            {imports.map((i) => (
              <tr key={i.id}>
                <td>{i.startedAt.slice(0, 16).replace('T', ' ')}</td>
                <th scope="row">{i.origin}</th>
                <td>{i.loadedBy}</td>
                <td>{formatValue(i.rowsRead)}</td>
                <td>{formatValue(i.inserted)}</td>
                <td>{formatValue(i.superseded)}</td>
                <td>{formatValue(i.unchanged)}</td>
                <td>{formatValue(i.rejected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
