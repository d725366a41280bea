import { departments, pointStatuses } from '../labels';
import { ActionForm, text } from './ActionForm';
import { ConferenceRow, LoadedAgreement, OPEN_STATUSES } from './agreement-query';
import { Capabilities } from './capabilities';
import { ConferenceRequests } from './ConferenceRequests';
import { RECORD_OUTCOME, SCHEDULE_CONFERENCE } from './mutations';
import { dateFromForm, formatDate } from '../dates';
import { Checkbox, DateInput, Select, TextInput } from '../govuk';

/** The GO convenes departments and partners to resolve the hard points; an outcome may resolve a point. */
export function CaseConferences({ agreement, can }: { agreement: LoadedAgreement; can: Capabilities }) {
  const open = agreement.negotiationPoints.filter((p) => OPEN_STATUSES.includes(p.status));
  const waiting = agreement.caseConferenceRequests.filter((r) => !r.conference && !r.declinedAt);
  return (
    <section aria-labelledby="conferences-heading">
      <h2 className="govuk-heading-m" id="conferences-heading">
        Case conferences ({agreement.caseConferences.length})
      </h2>
      <ConferenceRequests agreement={agreement} can={can} />
      {agreement.caseConferences.length === 0 ? (
        <p className="govuk-body">None scheduled.</p>
      ) : (
        <ul className="govuk-list items" data-testid="conferences">
          {agreement.caseConferences.map((c) => (
            <Conference key={c.id} conference={c} can={can} />
          ))}
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
              heldOn: dateFromForm(f, 'heldOn', 'The date of the case conference') ?? '',
              invitedDepartments: f.getAll('departments').map(String),
              invitedOthers: (text(f, 'others') ?? '')
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
              agendaPointIds: f.getAll('agenda').map(String),
              requestId: text(f, 'request') || null,
            },
          })}
        >
          <DateInput legend="Held on" name="heldOn" required />
          {waiting.length > 0 && (
            <Select label="Answers the partnership's request" name="request">
              <option value="">None: on the GO's own motion</option>
              {waiting.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.reason}
                </option>
              ))}
            </Select>
          )}
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Departments invited</legend>
            {departments.codes.map((d) => (
              <Checkbox key={d} name="departments" value={d} label={<>{departments.label(d)}</>} />
            ))}
          </fieldset>
          <TextInput
            label="Others invited (comma separated)"
            name="others"
            hint="For example, Audit Commission, police, Jobcentre Plus"
          />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Agenda: open points</legend>
            {open.length === 0 ? (
              <p className="govuk-body">No open point.</p>
            ) : (
              open.map((p) => <Checkbox key={p.id} name="agenda" value={p.id} label={<>{p.title}</>} />)
            )}
          </fieldset>
        </ActionForm>
      )}
    </section>
  );
}

function Conference({ conference: c, can }: { conference: ConferenceRow; can: Capabilities }) {
  return (
    <li data-testid={`conference-${c.heldOn}`}>
      <p className="govuk-body">
        <strong>{formatDate(c.heldOn)}</strong>, scheduled by {c.scheduledBy.name}; invited:{' '}
        {[...c.invitedDepartments.map(departments.label), ...c.invitedOthers].join('; ') || 'nobody yet'}
      </p>
      <ul className="govuk-list">
        {c.agenda.map((item) => (
          <li key={item.point.id}>
            {item.point.title} ({pointStatuses.label(item.point.status).toLowerCase()})
            {item.outcome
              ? `: ${item.outcome}${item.resolvesPoint ? ' (resolved it)' : ''}, recorded by ${item.recordedBy?.name ?? '?'}`
              : ''}
            {can.convene && !item.outcome && OPEN_STATUSES.includes(item.point.status) && (
              <ActionForm
                label={`Outcome for ${item.point.title}`}
                submit="Record outcome"
                mutation={RECORD_OUTCOME}
                variables={(f) => ({
                  input: {
                    conferenceId: c.id,
                    pointId: item.point.id,
                    outcome: text(f, 'outcome') ?? '',
                    resolvesPoint: f.get('resolves') === 'on',
                  },
                })}
              >
                <TextInput label="Outcome" name="outcome" required minLength={3} />
                <Checkbox name="resolves" label={<>This resolves the point</>} />
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
