import { useState } from 'react';
import { sortByIndicator } from '../indicator-order';
import { approvers, targetChanges, targetChangeStatuses } from '../labels';
import { DECIDE_CHANGE, levelsText, REQUEST_CHANGE, targetName } from './agreement-sign-off-queries';
import { Panel, PanelProps, submit, text } from './sign-off-panels';
import { useAction } from './use-gateway';
import { person } from '../words';
import { Button, Select, Table, TextInput } from '../govuk';

/** Controlled refresh, asked by the area's officers or its GO: a change to one signed target and the approval it needs. */
export function RequestChangePanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const [change, setChange] = useState('CHANGE_LEVELS');
  const request = (form: HTMLFormElement) => {
    const proposedLevels = change === 'CHANGE_LEVELS' ? [0, 1, 2].map((i) => Number(text(form, `level${i}`))) : null;
    const targetId = change === 'ADD_DESIGNATED' ? null : text(form, 'target');
    void run(
      REQUEST_CHANGE,
      { input: { agreementId: agreement.id, targetId, change, proposedLevels, reason: text(form, 'reason') } },
      'Change requested: see who must approve it below',
    );
  };
  return (
    <Panel id="panel-request-change" title="Request a change to the signed agreement" outcome={outcome}>
      <form onSubmit={submit(request)}>
        <Select label="Change" name="change" value={change} onChange={(e) => setChange(e.target.value)}>
          {targetChanges.codes.map((c) => (
            <option key={c} value={c}>
              {targetChanges.label(c)}
            </option>
          ))}
        </Select>
        {change !== 'ADD_DESIGNATED' && (
          <Select label="Target" name="target" data-testid="change-target">
            {sortByIndicator(
              agreement.targets.filter((t) => t.kind !== 'LOCAL'),
              (t) => t.indicator?.code,
            ).map((t) => (
              <option key={t.id} value={t.id}>
                {targetName(t)} ({levelsText(t.levels)})
              </option>
            ))}
          </Select>
        )}
        {change === 'CHANGE_LEVELS' &&
          [0, 1, 2].map((i) => (
            <TextInput
              key={i}
              label={<>Year {i + 1}</>}
              name={`level${i}`}
              type="number"
              step="any"
              required
              width={10}
            />
          ))}
        <TextInput label="Why" name="reason" required minLength={3} />
        <Button type="submit" disabled={pending}>
          Request the change
        </Button>
      </form>
    </Panel>
  );
}

/** Approving or rejecting a requested change: the GO's RD or DRD within the tolerance, a Minister beyond it. */
export function DecideChangePanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const waiting = agreement.signOff.targetChangeRequests.filter((r) => r.status === 'REQUESTED');
  const name = (id: string | null) => {
    const t = agreement.targets.find((x) => x.id === id);
    return t ? targetName(t) : 'a new designated target';
  };
  const decide = (requestId: string, expectedVersion: number, approve: boolean, form: HTMLFormElement) =>
    void run(
      DECIDE_CHANGE,
      { input: { requestId, expectedVersion, approve, reason: text(form, 'reason') } },
      approve ? 'Approved: only that target is reopened' : 'Rejected: the signed target stands',
    );
  return (
    <Panel id="panel-decide-change" title="Decide requested changes" outcome={outcome}>
      {waiting.length === 0 ? (
        <p className="govuk-body">No change waiting for a decision.</p>
      ) : (
        waiting.map((r) => (
          <form key={r.id} onSubmit={(e) => e.preventDefault()}>
            <p className="govuk-body">
              {targetChanges.label(r.change)}: {name(r.targetId)}, {levelsText(r.currentLevels)} →{' '}
              {levelsText(r.proposedLevels)}, needs {approvers.label(r.approvalLevel)} (asked by {person(r.requestedBy)}
              : {r.reason})
            </p>
            <TextInput label="Reason" name="reason" required minLength={3} />
            <Button
              type="button"
              disabled={pending}
              onClick={(e) => e.currentTarget.form && decide(r.id, r.version, true, e.currentTarget.form)}
            >
              Approve
            </Button>
            <Button
              type="button"
              disabled={pending}
              onClick={(e) => e.currentTarget.form && decide(r.id, r.version, false, e.currentTarget.form)}
            >
              Reject
            </Button>
          </form>
        ))
      )}
    </Panel>
  );
}

/** Every change request with its status and decision. */
export function ChangeRequests({ agreement }: Pick<PanelProps, 'agreement'>) {
  const requests = agreement.signOff.targetChangeRequests;
  if (requests.length === 0) return null;
  const name = (id: string | null) => {
    const t = agreement.targets.find((x) => x.id === id);
    return t ? targetName(t) : 'new designated target';
  };
  return (
    <>
      <h2 className="govuk-heading-m">Controlled refresh</h2>
      <Table data-testid="change-requests">
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="col">
              Target
            </th>
            <th className="govuk-table__header" scope="col">
              Change
            </th>
            <th className="govuk-table__header" scope="col">
              Levels
            </th>
            <th className="govuk-table__header" scope="col">
              Approval by
            </th>
            <th className="govuk-table__header" scope="col">
              Status
            </th>
            <th className="govuk-table__header" scope="col">
              Decided by
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {requests.map((r) => (
            <tr className="govuk-table__row" key={r.id}>
              <th className="govuk-table__header" scope="row">
                {name(r.targetId)}
              </th>
              <td className="govuk-table__cell">
                {targetChanges.label(r.change)}: {r.reason}
              </td>
              <td className="govuk-table__cell">
                {levelsText(r.currentLevels)} → {levelsText(r.proposedLevels)}
              </td>
              <td className="govuk-table__cell">{approvers.label(r.approvalLevel)}</td>
              <td className="govuk-table__cell">
                {targetChangeStatuses.label(r.status)}
                {agreement.signOff.reopenedTargetIds.includes(r.targetId ?? '') ? ' (reopened)' : ''}
              </td>
              <td className="govuk-table__cell">{r.decidedBy ? `${person(r.decidedBy)}: ${r.decisionReason}` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
