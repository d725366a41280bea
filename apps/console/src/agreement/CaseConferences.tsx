import { departments, pointStatuses } from '../labels';
import { ActionForm, text } from './ActionForm';
import { ConferenceRow, LoadedAgreement, OPEN_STATUSES } from './agreement-query';
import { Capabilities } from './capabilities';
import { RECORD_OUTCOME, SCHEDULE_CONFERENCE } from './mutations';

/** The GO convenes departments and partners to resolve the hard points; an outcome may resolve a point. */
export function CaseConferences({ agreement, can }: { agreement: LoadedAgreement; can: Capabilities }) {
  const open = agreement.negotiationPoints.filter((p) => OPEN_STATUSES.includes(p.status));
  return (
    <section aria-labelledby="conferences-heading">
      <h2 id="conferences-heading">Case conferences ({agreement.caseConferences.length})</h2>
      {agreement.caseConferences.length === 0 ? <p>None scheduled.</p> : (
        <ul className="items" data-testid="conferences">
          {agreement.caseConferences.map((c) => <Conference key={c.id} conference={c} can={can} />)}
        </ul>
      )}
      {can.convene && (
        <ActionForm
          label="Schedule a case conference"
          submit="Schedule"
          mutation={SCHEDULE_CONFERENCE}
          variables={(f) => ({
            input: {
              agreementId: agreement.id,
              heldOn: text(f, 'heldOn') ?? '',
              invitedDepartments: f.getAll('departments').map(String),
              invitedOthers: (text(f, 'others') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
              agendaPointIds: f.getAll('agenda').map(String),
            },
          })}
        >
          <label>Held on <input name="heldOn" type="date" required /></label>
          <fieldset>
            <legend>Departments invited</legend>
            {departments.codes.map((d) => (
              <label key={d} className="check"><input type="checkbox" name="departments" value={d} /> {departments.label(d)}</label>
            ))}
          </fieldset>
          <label>Others invited (comma separated) <input name="others" placeholder="Audit Commission, police, Jobcentre Plus" /></label>
          <fieldset>
            <legend>Agenda: open points</legend>
            {open.length === 0 ? <p>No open point.</p> : open.map((p) => (
              <label key={p.id} className="check"><input type="checkbox" name="agenda" value={p.id} /> {p.title}</label>
            ))}
          </fieldset>
        </ActionForm>
      )}
    </section>
  );
}

function Conference({ conference: c, can }: { conference: ConferenceRow; can: Capabilities }) {
  return (
    <li data-testid={`conference-${c.heldOn}`}>
      <p><strong>{c.heldOn}</strong>, scheduled by {c.scheduledBy.name}; invited: {[...c.invitedDepartments.map(departments.label), ...c.invitedOthers].join('; ') || 'nobody yet'}</p>
      <ul>
        {c.agenda.map((item) => (
          <li key={item.point.id}>
            {item.point.title} ({pointStatuses.label(item.point.status).toLowerCase()})
            {item.outcome ? `: ${item.outcome}${item.resolvesPoint ? ' (resolved it)' : ''}, recorded by ${item.recordedBy?.name ?? '?'}` : ''}
            {can.convene && !item.outcome && OPEN_STATUSES.includes(item.point.status) && (
              <ActionForm
                label={`Outcome for ${item.point.title}`}
                submit="Record outcome"
                mutation={RECORD_OUTCOME}
                variables={(f) => ({ input: { conferenceId: c.id, pointId: item.point.id, outcome: text(f, 'outcome') ?? '', resolvesPoint: f.get('resolves') === 'on' } })}
              >
                <label>Outcome <input name="outcome" required minLength={3} /></label>
                <label className="check"><input type="checkbox" name="resolves" /> This resolves the point</label>
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
