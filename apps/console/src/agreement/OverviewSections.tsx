import { departments, milestoneStatuses, themes } from '../labels';
import { LoadedAgreement } from './agreement-query';

/** Coverage by theme, and the departments' priorities for which this is a place that matters most. */
export function CoverageSection({ agreement }: { agreement: LoadedAgreement }) {
  const { coverage, departmentPriorityPlaces: places } = agreement;
  const targetsOf = (department: string) => coverage.departments.find((d) => d.department === department)?.targets ?? 0;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage</h2>
      <p data-testid="coverage">
        {coverage.themes.map((t) => `${themes.label(t.theme)} ${t.targets}`).join(' · ')}
        {coverage.themesWithoutTargets.length > 0 && <strong> (no target in {coverage.themesWithoutTargets.length} theme{coverage.themesWithoutTargets.length > 1 ? 's' : ''})</strong>}
      </p>
      <h3>Departments' priority places this agreement touches ({places.length})</h3>
      {places.length === 0 ? <p>No department has named {agreement.area.name} as a priority place.</p> : (
        <table data-testid="priority-places">
          <thead><tr><th scope="col">Department</th><th scope="col">Its priority</th><th scope="col">Why this place</th><th scope="col">Targets of the department here</th></tr></thead>
          <tbody>
            {places.map((p) => (
              <tr key={p.id}>
                <td>{departments.label(p.department)}</td>
                <th scope="row">{p.priority}{p.synthetic && <span className="synthetic">synthetic</span>}</th>
                <td>{p.why}</td>
                <td>{targetsOf(p.department) || <strong>none yet</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ProcessMap({ milestones }: { milestones: LoadedAgreement['milestones'] }) {
  return (
    <section aria-labelledby="process-heading">
      <h2 id="process-heading">Process map</h2>
      {milestones.length === 0 ? <p>No milestones agreed yet.</p> : (
        <table data-testid="milestones">
          <thead><tr><th scope="col">Milestone</th><th scope="col">Due</th><th scope="col">Owner</th><th scope="col">Status</th><th scope="col">Slippage (days)</th></tr></thead>
          <tbody>
            {milestones.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.title}{m.synthetic && <span className="synthetic">synthetic</span>}</th>
                <td>{m.dueOn}</td><td>{m.owner}</td><td>{milestoneStatuses.label(m.status)}</td><td>{m.slippageDays || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Who did what, newest first. */
export function History({ revisions }: { revisions: LoadedAgreement['history'] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {revisions.length === 0 ? <p>No changes recorded since the draft was started.</p> : (
        <ol reversed data-testid="history">
          {revisions.map((r) => (
            <li key={r.version}>version {r.version}: {r.summary}, by {r.changedBy.name} on {new Date(r.changedAt).toLocaleString('en-GB')}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
