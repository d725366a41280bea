import { sortByIndicator } from '../indicator-order';
import { departments, pointStatuses } from '../labels';
import { ActionForm, text } from './ActionForm';
import { LoadedAgreement, OPEN_STATUSES, PointRow, subjectText } from './agreement-query';
import { Capabilities } from './capabilities';
import { PointVoice, targetsToRaiseOn } from './point-voice';
import { DECIDE_POINT, RAISE_POINT, RELAY_POINT, REQUEST_CONFERENCE } from './mutations';
import { Select, Table, TextInput, Textarea } from '../govuk';

/** What a point can be raised against, as one choice: KIND or KIND:ref. */
export function pointSubject(choice: string): { subjectKind: string; subjectRef?: string } {
  const [kind, ...ref] = choice.split(':');
  return ref.length ? { subjectKind: kind, subjectRef: ref.join(':') } : { subjectKind: kind };
}

/** Sticking points, open first with their age; raising one (departments through the GO, the GO, the area's partners). */
export function NegotiationSection({
  agreement,
  can,
  voice,
}: {
  agreement: LoadedAgreement;
  can: Capabilities;
  voice: PointVoice;
}) {
  const points = [...agreement.negotiationPoints].sort(
    (a, b) => Number(OPEN_STATUSES.includes(b.status)) - Number(OPEN_STATUSES.includes(a.status)),
  );
  return (
    <section aria-labelledby="points-heading">
      <h2 className="govuk-heading-m" id="points-heading">
        Negotiation points ({agreement.openNegotiationPointCount} open)
      </h2>
      {points.length === 0 ? (
        <p className="govuk-body">None raised.</p>
      ) : (
        <Table data-testid="points">
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">
                Point
              </th>
              <th className="govuk-table__header" scope="col">
                Against
              </th>
              <th className="govuk-table__header" scope="col">
                Raised by
              </th>
              <th className="govuk-table__header" scope="col">
                Status
              </th>
              <th className="govuk-table__header" scope="col">
                Age (days)
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {points.map((p) => (
              <tr className="govuk-table__row" key={p.id} data-testid={`point-${p.title}`} data-status={p.status}>
                <th className="govuk-table__header" scope="row">
                  {p.title}
                </th>
                <td className="govuk-table__cell">{subjectText(p, agreement)}</td>
                <td className="govuk-table__cell">
                  {p.raisedBy.name}
                  {p.department
                    ? ` (${departments.label(p.department)}, through the GO${p.withGovernmentOffice ? ': not yet relayed to the area' : ''})`
                    : ''}
                </td>
                <td className="govuk-table__cell">
                  {pointStatuses.label(p.status)}
                  {p.decision
                    ? `: decided by ${p.decidedBy?.name ?? 'the Deputy Regional Director'}: ${p.decision}`
                    : ''}
                </td>
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
          variables={(f) => ({
            input: {
              agreementId: agreement.id,
              ...pointSubject(String(f.get('subject'))),
              title: text(f, 'title') ?? '',
              detail: text(f, 'detail') ?? '',
            },
          })}
        >
          <Select label="Against" name="subject">
            {voice !== 'STATUTORY_ONLY' && <option value="AGREEMENT">the whole agreement</option>}
            {sortByIndicator(targetsToRaiseOn(voice, agreement.targets), (t) => t.indicator?.code).map((t) => (
              <option key={t.id} value={`TARGET:${t.id}`}>
                target {t.indicator?.code ?? t.localIndicatorTitle}
              </option>
            ))}
            {(voice === 'STATUTORY_ONLY' ? [] : agreement.priorities).map((p) => (
              <option key={p.id} value={`PRIORITY:${p.id}`}>
                priority “{p.title}”
              </option>
            ))}
          </Select>
          <TextInput label="Point" name="title" required minLength={3} maxLength={200} />
          <Textarea label="The case for it" name="detail" rows={2} required minLength={3} maxLength={5000} />
        </ActionForm>
      )}
      <PointStepForms agreement={agreement} can={can} points={points} />
    </section>
  );
}

const versionOf = (points: PointRow[], id: string) => points.find((p) => p.id === id)?.version ?? 0;

/** Who speaks and who decides: the GO relays departments' points, the DRD decides escalated ones, the partnership asks for a case conference. */
function PointStepForms({
  agreement,
  can,
  points,
}: {
  agreement: LoadedAgreement;
  can: Capabilities;
  points: PointRow[];
}) {
  const withGo = points.filter((p) => p.withGovernmentOffice && OPEN_STATUSES.includes(p.status));
  const escalated = points.filter((p) => p.status === 'ESCALATED');
  const open = points.filter((p) => OPEN_STATUSES.includes(p.status));
  const choose = (list: PointRow[]) => (
    <Select label="Point" name="point">
      {list.map((p) => (
        <option key={p.id} value={p.id}>
          {p.title}
        </option>
      ))}
    </Select>
  );
  const point = (f: FormData) => String(f.get('point'));
  return (
    <>
      {can.convene && withGo.length > 0 && (
        <ActionForm
          label="Relay a department's point to the area"
          submit="Relay to the area"
          mutation={RELAY_POINT}
          variables={(f) => ({
            input: { pointId: point(f), expectedVersion: versionOf(points, point(f)), note: text(f, 'note') ?? '' },
          })}
        >
          {choose(withGo)}
          <TextInput label="What the GO tells the area" name="note" required minLength={3} maxLength={5000} />
        </ActionForm>
      )}
      {can.decide && escalated.length > 0 && (
        <ActionForm
          label="Decide an escalated point"
          submit="Record the decision"
          mutation={DECIDE_POINT}
          variables={(f) => ({
            input: {
              pointId: point(f),
              expectedVersion: versionOf(points, point(f)),
              decision: text(f, 'decision') ?? '',
              reason: text(f, 'reason') ?? '',
            },
          })}
        >
          {choose(escalated)}
          <TextInput label="Decision" name="decision" required minLength={3} maxLength={2000} />
          <TextInput label="Reason" name="reason" required minLength={3} maxLength={5000} />
        </ActionForm>
      )}
      {can.askConference && (
        <ActionForm
          label="Ask the GO for a case conference"
          submit="Ask for a case conference"
          mutation={REQUEST_CONFERENCE}
          variables={(f) => ({
            input: {
              agreementId: agreement.id,
              reason: text(f, 'reason') ?? '',
              agendaPointIds: open.map((p) => p.id),
            },
          })}
        >
          <p className="govuk-body">Its agenda: every open point ({open.length}).</p>
          <TextInput label="Why" name="reason" required minLength={3} maxLength={5000} />
        </ActionForm>
      )}
    </>
  );
}
