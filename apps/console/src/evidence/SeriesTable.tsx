import { formatValue, shortDate } from './format';
import { Synthetic } from './Marks';
import { SeriesFigure } from './queries';

/** Each period's figure of record with its source and marks; every release (superseded ones too) on request. */
export function SeriesTable({ series, rivalLink }: { series: SeriesFigure[]; rivalLink: string }) {
  if (series.length === 0) return <p className="placeholder">No figures yet: the baseline is a placeholder until one is loaded.</p>;
  return (
    <table className="series" data-testid="series">
      <caption>Figures of record, oldest first</caption>
      <thead>
        <tr><th scope="col">Period</th><th scope="col">Figure</th><th scope="col">Source</th><th scope="col">Marks</th></tr>
      </thead>
      <tbody>
        {series.map((f) => (
          <tr key={f.period} data-testid={`figure-${f.period}`} className={f.provisional ? 'provisional' : undefined}>
            <th scope="row">{f.period}</th>
            <td>{f.unresolved ? <em>none chosen</em> : formatValue(f.value)}</td>
            <td>
              {f.observation?.source ?? (f.unresolved ? 'sources disagree' : '–')}
              <Releases figure={f} />
            </td>
            <td className="marks">
              {f.provisional && <span className="flag warning">provisional</span>}
              {f.unresolved && <a className="flag warning" href={rivalLink}>rival data: choose a figure of record</a>}
              {f.rival && !f.unresolved && <span className="flag" title={f.choices[0] ? `${f.choices[0].chosenBy ?? 'Chosen'}: ${f.choices[0].reason}` : undefined}>rival data resolved</span>}
              <Synthetic when={f.synthetic} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Releases({ figure }: { figure: SeriesFigure }) {
  if (figure.releases.length < 2) return null;
  return (
    <details>
      <summary>{figure.releases.length} releases</summary>
      <ul className="items">
        {figure.releases.map((r) => (
          <li key={r.id}>
            {formatValue(r.value)} from {r.source}, published {r.publishedOn}{r.provisional ? ' (provisional)' : ''}
            {r.supersededAt ? `, superseded ${shortDate(r.supersededAt)}` : ', current'} <Synthetic when={r.synthetic} />
          </li>
        ))}
      </ul>
    </details>
  );
}
