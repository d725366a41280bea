import { departments, milestoneStatuses, themes } from '../labels';
import { LoadedAgreement } from './agreement-query';
import { formatDate, formatDateTime } from '../dates';
import { plainWords } from '../words';
import { Table } from '../govuk';

/** Coverage by theme, and the departments' priorities for which this is a place that matters most. */
export function CoverageSection({ agreement }: { agreement: LoadedAgreement }) {
  const { coverage, departmentPriorityPlaces: places } = agreement;
  const targetsOf = (department: string) => coverage.departments.find((d) => d.department === department)?.targets ?? 0;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 className="govuk-heading-m" id="coverage-heading">
        Coverage
      </h2>
      <p className="govuk-body" data-testid="coverage">
        {coverage.themes.map((t) => `${themes.label(t.theme)} ${t.targets}`).join(' · ')}
        {coverage.themesWithoutTargets.length > 0 && (
          <strong>
            {' '}
            (no target in {coverage.themesWithoutTargets.length} theme
            {coverage.themesWithoutTargets.length > 1 ? 's' : ''})
          </strong>
        )}
      </p>
      <h3 className="govuk-heading-s">Departments' priority places this agreement touches ({places.length})</h3>
      {places.length === 0 ? (
        <p className="govuk-body">No department has named {agreement.area.name} as a priority place.</p>
      ) : (
        <Table data-testid="priority-places">
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">
                Department
              </th>
              <th className="govuk-table__header" scope="col">
                Its priority
              </th>
              <th className="govuk-table__header" scope="col">
                Why this place
              </th>
              <th className="govuk-table__header" scope="col">
                Targets of the department here
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {places.map((p) => (
              <tr className="govuk-table__row" key={p.id}>
                <td className="govuk-table__cell">{departments.label(p.department)}</td>
                <th className="govuk-table__header" scope="row">
                  {p.priority}
                  {p.synthetic && <span className="govuk-tag govuk-tag--yellow synthetic">synthetic</span>}
                </th>
                <td className="govuk-table__cell">{p.why}</td>
                <td className="govuk-table__cell">{targetsOf(p.department) || <strong>none yet</strong>}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

export function ProcessMap({ milestones }: { milestones: LoadedAgreement['milestones'] }) {
  return (
    <section aria-labelledby="process-heading">
      <h2 className="govuk-heading-m" id="process-heading">
        Process map
      </h2>
      {milestones.length === 0 ? (
        <p className="govuk-body">No milestones agreed yet.</p>
      ) : (
        <Table data-testid="milestones">
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">
                Milestone
              </th>
              <th className="govuk-table__header" scope="col">
                Due
              </th>
              <th className="govuk-table__header" scope="col">
                Owner
              </th>
              <th className="govuk-table__header" scope="col">
                Status
              </th>
              <th className="govuk-table__header" scope="col">
                Slippage (days)
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {milestones.map((m) => (
              <tr className="govuk-table__row" key={m.id}>
                <th className="govuk-table__header" scope="row">
                  {m.title}
                  {m.synthetic && <span className="govuk-tag govuk-tag--yellow synthetic">synthetic</span>}
                </th>
                <td className="govuk-table__cell">{formatDate(m.dueOn)}</td>
                <td className="govuk-table__cell">{m.owner}</td>
                <td className="govuk-table__cell">{milestoneStatuses.label(m.status)}</td>
                <td className="govuk-table__cell">{m.slippageDays || ''}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

/** Who did what, newest first. */
export function History({ revisions }: { revisions: LoadedAgreement['history'] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 className="govuk-heading-m" id="history-heading">
        History
      </h2>
      {revisions.length === 0 ? (
        <p className="govuk-body">No changes recorded since the draft was started.</p>
      ) : (
        <ol className="govuk-list govuk-list--number" reversed data-testid="history">
          {revisions.map((r) => (
            <li key={r.version}>
              version {r.version}: {plainWords(r.summary)}, by {r.changedBy.name} on {formatDateTime(r.changedAt)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
