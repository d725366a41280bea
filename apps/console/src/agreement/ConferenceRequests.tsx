import { formatDate } from '../dates';
import { Select, TextInput } from '../govuk';
import { ActionForm, text } from './ActionForm';
import { ConferenceRequestRow, LoadedAgreement } from './agreement-query';
import { Capabilities } from './capabilities';
import { DECLINE_CONFERENCE_REQUEST } from './mutations';

/** Where a request stands, in words the partnership reads: waiting, scheduled, or declined with the GO's reason. */
function answerOf(request: ConferenceRequestRow): string {
  if (request.conference) return `scheduled for ${formatDate(request.conference.heldOn)}`;
  if (request.declinedAt)
    return `declined by ${request.declinedBy?.name ?? 'the GO'} on ${formatDate(String(request.declinedAt))}: ${request.declineReason}`;
  return 'waiting for the GO';
}

/** The partnership's requests for a case conference and the GO's answers; the GO may decline one, saying why. */
export function ConferenceRequests({ agreement, can }: { agreement: LoadedAgreement; can: Capabilities }) {
  const requests = agreement.caseConferenceRequests;
  const waiting = requests.filter((r) => !r.conference && !r.declinedAt);
  if (requests.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-s">Requests from the partnership</h3>
      <ul className="govuk-list govuk-list--bullet" data-testid="conference-requests">
        {requests.map((r) => (
          <li key={r.id} data-testid={`conference-request-${r.id}`}>
            {r.requestedBy.name} asked on {formatDate(String(r.requestedAt))}: {r.reason}. {answerOf(r)}.
          </li>
        ))}
      </ul>
      {can.convene && waiting.length > 0 && (
        <ActionForm
          label="Decline a request for a case conference"
          submit="Decline the request"
          mutation={DECLINE_CONFERENCE_REQUEST}
          variables={(f) => ({
            input: { agreementId: agreement.id, requestId: String(f.get('request')), reason: text(f, 'reason') ?? '' },
          })}
        >
          <Select label="Request" name="request">
            {waiting.map((r) => (
              <option key={r.id} value={r.id}>
                {r.reason}
              </option>
            ))}
          </Select>
          <TextInput label="Why (the partnership reads it)" name="reason" required minLength={3} maxLength={5000} />
        </ActionForm>
      )}
    </>
  );
}
