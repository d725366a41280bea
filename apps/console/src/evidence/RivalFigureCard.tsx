import { FormEvent, useState } from 'react';
import { RunAction } from '../agreement/ActionForm';
import { ActionError } from '../agreement/actions';
import { href } from '../routes';
import { formatValue, shortDate } from './format';
import { IndicatorName, Synthetic } from './Marks';
import { CHOOSE_FIGURE, RivalFigure } from './region-queries';
import { refusalText } from './refusal';
import { useEvidenceCapabilities } from './use-region';
import { formatDate } from '../dates';
import { person } from '../words';
import { Button, ErrorSummary, NotificationBanner, Table, Textarea } from '../govuk';

const REASON_MIN = 10;

/** What the last choice on a figure came to: saved (with the source chosen) or refused. */
export type Outcome = { saved: string } | { refused: ActionError } | null;

export const figureKey = (f: Pick<RivalFigure, 'areaCode' | 'indicatorCode' | 'period'>): string =>
  `${f.areaCode}|${f.indicatorCode}|${f.period}`;

/** One rival figure: its candidate sources, the choice of the figure of record (with a reason), and every earlier choice. */
export function RivalFigureCard({
  regionCode,
  figure,
  run,
  outcome,
  onOutcome,
}: {
  regionCode: string;
  figure: RivalFigure;
  run: RunAction;
  outcome: Outcome;
  onOutcome: (outcome: Outcome) => void;
}) {
  const can = useEvidenceCapabilities({ region: regionCode, area: figure.areaCode });
  const { indicator } = figure;
  const current = figure.choices[0] ?? null;
  const id = `${figure.areaCode}-${figure.indicatorCode}-${figure.period}`.replace(/[^A-Za-z0-9-]/g, '-');
  return (
    <article className="rival" data-testid={`rival-${id}`} aria-labelledby={`${id}-heading`}>
      <h3 className="govuk-heading-s" id={`${id}-heading`}>
        <a className="govuk-link" href={href('evidence', regionCode, figure.areaCode, figure.indicatorCode)}>
          {figure.areaName}
        </a>{' '}
        · <IndicatorName indicator={indicator} /> · {figure.period} <Synthetic when={figure.synthetic} />
      </h3>
      {figure.unresolved ? (
        <p className="govuk-body">
          <span className="govuk-tag govuk-tag--red flag warning">No figure of record yet</span>: this figure is left
          out of trends and benchmarks until one is chosen.
        </p>
      ) : (
        <p className="govuk-body" data-testid="figure-of-record">
          Figure of record: <strong>{formatValue(figure.value)}</strong> from{' '}
          {figure.observation?.source ?? current?.source}
        </p>
      )}
      {outcome && 'saved' in outcome && (
        <NotificationBanner success>{`Saved: “${outcome.saved}” is the figure of record.`}</NotificationBanner>
      )}
      {outcome && 'refused' in outcome && (
        <ErrorSummary code={outcome.refused.code} problems={[{ text: refusalText(outcome.refused) }]} />
      )}
      {figure.unresolved && can.chooseFigures ? (
        <ChooseForm figure={figure} formId={id} run={run} replacesChoiceAt={null} onOutcome={onOutcome} />
      ) : (
        <Candidates figure={figure} />
      )}
      {!figure.unresolved && can.chooseFigures && current && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Change the figure of record</span>
          </summary>
          <ChooseForm
            key={current.chosenAt}
            figure={figure}
            formId={id}
            run={run}
            replacesChoiceAt={current.chosenAt}
            onOutcome={onOutcome}
          />
        </details>
      )}
      {figure.choices.length > 0 && (
        <div className="choices">
          <h4 className="govuk-heading-s">Every choice, newest first</h4>
          <ol className="govuk-list govuk-list--number" data-testid="choices">
            {figure.choices.map((c) => (
              <li key={c.chosenAt}>
                <strong>{c.source}</strong>, chosen{c.chosenBy ? ` by ${person(c.chosenBy)}` : ''} on{' '}
                {shortDate(c.chosenAt)}: “{c.reason}”
              </li>
            ))}
          </ol>
        </div>
      )}
    </article>
  );
}

function Candidates({
  figure,
  choose,
}: {
  figure: RivalFigure;
  choose?: { name: string; chosen: string; onChoose: (source: string) => void };
}) {
  return (
    <Table className="candidates">
      <caption className="govuk-table__caption govuk-table__caption--m">Candidate sources</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {choose && (
            <th className="govuk-table__header" scope="col">
              Choose
            </th>
          )}
          <th className="govuk-table__header" scope="col">
            Source
          </th>
          <th className="govuk-table__header" scope="col">
            Figure
          </th>
          <th className="govuk-table__header" scope="col">
            Published
          </th>
          <th className="govuk-table__header" scope="col">
            Loaded by
          </th>
          <th className="govuk-table__header" scope="col">
            Marks
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {figure.candidates.map((c) => (
          <tr className="govuk-table__row" key={c.id}>
            {choose && (
              <td className="govuk-table__cell">
                <div className="govuk-radios govuk-radios--small">
                  <div className="govuk-radios__item">
                    <input
                      className="govuk-radios__input"
                      type="radio"
                      name={choose.name}
                      value={c.source}
                      checked={choose.chosen === c.source}
                      onChange={() => choose.onChoose(c.source)}
                      aria-label={`${c.source}: ${formatValue(c.value)}`}
                      required
                    />
                    <span className="govuk-label govuk-radios__label" aria-hidden="true" />
                  </div>
                </div>
              </td>
            )}
            <th className="govuk-table__header" scope="row">
              {c.source}
            </th>
            <td className="govuk-table__cell">{formatValue(c.value)}</td>
            <td className="govuk-table__cell">{formatDate(c.publishedOn)}</td>
            <td className="govuk-table__cell">{c.loadedBy ?? 'sign in to see'}</td>
            <td className="govuk-table__cell">
              {c.provisional && <span className="govuk-tag govuk-tag--red flag warning">provisional</span>}{' '}
              <Synthetic when={c.synthetic} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function ChooseForm({
  figure,
  formId,
  run,
  replacesChoiceAt,
  onOutcome,
}: {
  figure: RivalFigure;
  formId: string;
  run: RunAction;
  replacesChoiceAt: string | null;
  onOutcome: (outcome: Outcome) => void;
}) {
  const [source, setSource] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    onOutcome(null);
    const input = {
      indicator: figure.indicatorCode,
      area: figure.areaCode,
      period: figure.period,
      source,
      reason: reason.trim(),
      ...(replacesChoiceAt ? { replacesChoiceAt } : {}),
    };
    const error = await run(CHOOSE_FIGURE, { input });
    setBusy(false);
    onOutcome(error ? { refused: error } : { saved: source });
  };
  const label = replacesChoiceAt ? 'Change the figure of record' : 'Make it the figure of record';
  return (
    <form
      className="action choose"
      aria-label={`${label}: ${figure.indicatorCode} ${figure.areaCode} ${figure.period}`}
      onSubmit={(e) => void submit(e)}
    >
      <Candidates figure={figure} choose={{ name: `${formId}-source`, chosen: source, onChoose: setSource }} />
      <Textarea
        label={`Why this source (kept with the choice, at least ${REASON_MIN} characters)`}
        name="reason"
        required
        minLength={REASON_MIN}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button type="submit" disabled={busy || !source}>
        {busy ? 'Saving…' : label}
      </Button>
    </form>
  );
}
