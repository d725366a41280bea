import { sortByIndicator } from '../indicator-order';
import { departments, pointStatuses } from '../labels';
import { ActionForm, text } from './ActionForm';
import { LoadedAgreement, OPEN_STATUSES, PointRow, subjectText } from './agreement-query';
import { Capabilities } from './capabilities';
import { DECIDE_POINT, RAISE_POINT, RELAY_POINT, REQUEST_CONFERENCE } from './mutations';

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
                <td>{p.raisedBy.name}{p.department ? ` (${departments.label(p.department)}, through the GO${p.withGovernmentOffice ? ': not yet relayed to the area' : ''})` : ''}</td>
                <td>{pointStatuses.label(p.status)}{p.decision ? `: decided by ${p.decidedBy?.name ?? 'the Deputy Regional Director'}: ${p.decision}` : ''}</td>
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
      <PointStepForms agreement={agreement} can={can} points={points} />
    </section>
  );
}

const versionOf = (points: PointRow[], id: string) => points.find((p) => p.id === id)?.version ?? 0;

/** Who speaks and who decides: the GO relays departments' points, the DRD decides escalated ones, the partnership asks for a case conference. */
function PointStepForms({ agreement, can, points }: { agreement: LoadedAgreement; can: Capabilities; points: PointRow[] }) {
  const withGo = points.filter((p) => p.withGovernmentOffice && OPEN_STATUSES.includes(p.status));
  const escalated = points.filter((p) => p.status === 'ESCALATED');
  const open = points.filter((p) => OPEN_STATUSES.includes(p.status));
  const choose = (list: PointRow[]) => <label>Point <select name="point">{list.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}</select></label>;
  const point = (f: FormData) => String(f.get('point'));
  return (
    <>
      {can.convene && withGo.length > 0 && (
        <ActionForm label="Relay a department's point to the area" submit="Relay to the area" mutation={RELAY_POINT}
          variables={(f) => ({ input: { pointId: point(f), expectedVersion: versionOf(points, point(f)), note: text(f, 'note') ?? '' } })}>
          {choose(withGo)}
          <label>What the GO tells the area <input name="note" required minLength={3} maxLength={5000} /></label>
        </ActionForm>
      )}
      {can.decide && escalated.length > 0 && (
        <ActionForm label="Decide an escalated point" submit="Record the decision" mutation={DECIDE_POINT}
          variables={(f) => ({ input: { pointId: point(f), expectedVersion: versionOf(points, point(f)), decision: text(f, 'decision') ?? '', reason: text(f, 'reason') ?? '' } })}>
          {choose(escalated)}
          <label>Decision <input name="decision" required minLength={3} maxLength={2000} /></label>
          <label>Reason <input name="reason" required minLength={3} maxLength={5000} /></label>
        </ActionForm>
      )}
      {can.askConference && (
        <ActionForm label="Ask the GO for a case conference" submit="Ask for a case conference" mutation={REQUEST_CONFERENCE}
          variables={(f) => ({ input: { agreementId: agreement.id, reason: text(f, 'reason') ?? '', agendaPointIds: open.map((p) => p.id) } })}>
          <p>Its agenda: every open point ({open.length}).</p>
          <label>Why <input name="reason" required minLength={3} maxLength={5000} /></label>
        </ActionForm>
      )}
    </>
  );
}
