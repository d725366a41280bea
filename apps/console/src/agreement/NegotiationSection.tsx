import { sortByIndicator } from '../indicator-order';
import { departments, pointStatuses } from '../labels';
import { ActionForm, text } from './ActionForm';
import { LoadedAgreement, OPEN_STATUSES, subjectText } from './agreement-query';
import { Capabilities } from './capabilities';
import { RAISE_POINT } from './mutations';

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
      <h2 id="points-heading">Negotiation points ({agreement.openNegotiationPointCount} open)</h2>
      {points.length === 0 ? <p>None raised.</p> : (
        <table data-testid="points">
          <thead><tr><th scope="col">Point</th><th scope="col">Against</th><th scope="col">Raised by</th><th scope="col">Status</th><th scope="col">Age (days)</th></tr></thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id} data-testid={`point-${p.title}`} data-status={p.status}>
                <th scope="row">{p.title}</th>
                <td>{subjectText(p, agreement)}</td>
                <td>{p.raisedBy.name}{p.department ? ` (${departments.label(p.department)}, through the GO)` : ''}</td>
                <td>{pointStatuses.label(p.status)}</td>
                <td>{p.ageInDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can.negotiate && (
        <ActionForm
          label="Raise a negotiation point"
          submit="Raise point"
          mutation={RAISE_POINT}
          variables={(f) => ({ input: { agreementId: agreement.id, ...pointSubject(String(f.get('subject'))), title: text(f, 'title') ?? '', detail: text(f, 'detail') ?? '' } })}
        >
          <label>Against
            <select name="subject" defaultValue="AGREEMENT">
              <option value="AGREEMENT">the whole agreement</option>
              {sortByIndicator(agreement.targets, (t) => t.indicator?.code).map((t) => <option key={t.id} value={`TARGET:${t.id}`}>target {t.indicator?.code ?? t.localIndicatorTitle}</option>)}
              {agreement.priorities.map((p) => <option key={p.id} value={`PRIORITY:${p.id}`}>priority “{p.title}”</option>)}
            </select>
          </label>
          <label>Point <input name="title" required minLength={3} maxLength={200} /></label>
          <label>The case for it <textarea name="detail" rows={2} required minLength={3} maxLength={5000} /></label>
        </ActionForm>
      )}
    </section>
  );
}
