import { formatValue, shortDate } from './format';
import { Synthetic } from './Marks';
import { SeriesFigure } from './queries';
import { formatDate } from '../dates';
import { Table } from '../govuk';

/** Each period's figure of record with its source and marks; every release (superseded ones too) on request. */
export function SeriesTable({ series, rivalLink }: { series: SeriesFigure[]; rivalLink: string }) {
  if (series.length === 0)
    return <p className="govuk-body placeholder">No figures yet: the baseline is a placeholder until one is loaded.</p>;
  return (
    <Table className="series" data-testid="series">
      <caption className="govuk-table__caption govuk-table__caption--m">Figures of record, oldest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th className="govuk-table__header" scope="col">
            Period
          </th>
          <th className="govuk-table__header" scope="col">
            Figure
          </th>
          <th className="govuk-table__header" scope="col">
            Source
          </th>
          <th className="govuk-table__header" scope="col">
            Marks
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {series.map((f) => (
          <tr
            key={f.period}
            data-testid={`figure-${f.period}`}
            className={`govuk-table__row${f.provisional ? ' provisional' : ''}`}
          >
            <th className="govuk-table__header" scope="row">
              {f.period}
            </th>
            <td className="govuk-table__cell">{f.unresolved ? <em>none chosen</em> : formatValue(f.value)}</td>
            <td className="govuk-table__cell">
              {f.observation?.source ?? (f.unresolved ? 'sources disagree' : '–')}
              <Releases figure={f} />
            </td>
            <td className="govuk-table__cell marks">
              {f.provisional && <span className="govuk-tag govuk-tag--red flag warning">provisional</span>}
              {f.unresolved && (
                <a className="govuk-link app-flag-link flag warning" href={rivalLink}>
                  rival data: choose a figure of record
                </a>
              )}
              {f.rival && !f.unresolved && (
                <span
                  className="govuk-tag govuk-tag--grey flag"
                  title={f.choices[0] ? `${f.choices[0].chosenBy ?? 'Chosen'}: ${f.choices[0].reason}` : undefined}
                >
                  rival data resolved
                </span>
              )}
              <Synthetic when={f.synthetic} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function Releases({ figure }: { figure: SeriesFigure }) {
  if (figure.releases.length < 2) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{figure.releases.length} releases</span>
      </summary>
      <ul className="govuk-list items">
        {figure.releases.map((r) => (
          <li key={r.id}>
            {formatValue(r.value)} from {r.source}, published {formatDate(r.publishedOn)}
            {r.provisional ? ' (provisional)' : ''}
            {r.supersededAt ? `, superseded ${shortDate(r.supersededAt)}` : ', current'}{' '}
            <Synthetic when={r.synthetic} />
          </li>
        ))}
      </ul>
    </details>
  );
}
