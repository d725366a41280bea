import { sortByIndicator } from '../indicator-order';
import { departments, pointStatuses } from '../labels';
import { ActionForm, text } from './ActionForm';
import { LoadedAgreement, OPEN_STATUSES, subjectText } from './agreement-query';
import { Capabilities } from './capabilities';
import { RAISE_POINT } from './mutations';
import { Select, Table, TextInput, Textarea } from '../govuk';

/** What a point can be raised against, as one choice: KIND or KIND:ref. */
export function pointSubject(choice: string): { subjectKind: string; subjectRef?: string } {
  const [kind, ...ref] = choice.split(':');
  return ref.length ? { subjectKind: kind, subjectRef: ref.join(':') } : { subjectKind: kind };
}

/** Sticking points, open first with their age; raising one (departments through the GO, the GO, the area's partners). */
export function NegotiationSection({ agreement, can }: { agreement: LoadedAgreement; can: Capabilities }) {
  const points = [...agreement.negotiationPoints].sort((a, b) => Number(OPEN_STATUSES.includes(b.status)) - Number(OPEN_STATUSES.includes(a.status)));
  return (
    <section aria-labelledby="points-heading">
      <h2 className="govuk-heading-m" id="points-heading">Negotiation points ({agreement.openNegotiationPointCount} open)</h2>
      {points.length === 0 ? <p className="govuk-body">None raised.</p> : (
        <Table data-testid="points">
          <thead className="govuk-table__head"><tr className="govuk-table__row"><th className="govuk-table__header" scope="col">Point</th><th className="govuk-table__header" scope="col">Against</th><th className="govuk-table__header" scope="col">Raised by</th><th className="govuk-table__header" scope="col">Status</th><th className="govuk-table__header" scope="col">Age (days)</th></tr></thead>
          <tbody className="govuk-table__body">
            {points.map((p) => (
              <tr className="govuk-table__row" key={p.id} data-testid={`point-${p.title}`} data-status={p.status}>
                <th className="govuk-table__header" scope="row">{p.title}</th>
                <td className="govuk-table__cell">{subjectText(p, agreement)}</td>
                <td className="govuk-table__cell">{p.raisedBy.name}{p.department ? ` (${departments.label(p.department)}, through the GO)` : ''}</td>
                <td className="govuk-table__cell">{pointStatuses.label(p.status)}</td>
                <td className="govuk-table__cell">{p.ageInDays}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {can.negotiate && (
        <ActionForm
          label="Raise a negotiation point"
          submit="Raise point"
          mutation={RAISE_POINT}
          variables={(f) => ({ input: { agreementId: agreement.id, ...pointSubject(String(f.get('subject'))), title: text(f, 'title') ?? '', detail: text(f, 'detail') ?? '' } })}
        >
          <Select label="Against" name="subject" defaultValue="AGREEMENT">
              <option value="AGREEMENT">the whole agreement</option>
              {sortByIndicator(agreement.targets, (t) => t.indicator?.code).map((t) => <option key={t.id} value={`TARGET:${t.id}`}>target {t.indicator?.code ?? t.localIndicatorTitle}</option>)}
              {agreement.priorities.map((p) => <option key={p.id} value={`PRIORITY:${p.id}`}>priority “{p.title}”</option>)}
            </Select>
          <TextInput label="Point" name="title" required minLength={3} maxLength={200} />
          <Textarea label="The case for it" name="detail" rows={2} required minLength={3} maxLength={5000} />
        </ActionForm>
      )}
    </section>
  );
}
