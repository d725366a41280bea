import { useState } from 'react';
import { sortByIndicator } from '../indicator-order';
import { approvers, targetChanges, targetChangeStatuses } from '../labels';
import { DECIDE_CHANGE, levelsText, REQUEST_CHANGE, targetName } from './agreement-sign-off-queries';
import { Panel, PanelProps, submit, text } from './sign-off-panels';
import { useAction } from './use-gateway';


/** Controlled refresh, asked by the area's officers or its GO: a change to one signed target and the approval it needs. */
export function RequestChangePanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const [change, setChange] = useState('CHANGE_LEVELS');
  const request = (form: HTMLFormElement) => {
    const proposedLevels = change === 'CHANGE_LEVELS' ? [0, 1, 2].map((i) => Number(text(form, `level${i}`))) : null;
    const targetId = change === 'ADD_DESIGNATED' ? null : text(form, 'target');
    void run(REQUEST_CHANGE, { input: { agreementId: agreement.id, targetId, change, proposedLevels, reason: text(form, 'reason') } }, 'Change requested: see who must approve it below');
  };
  return (
    <Panel id="panel-request-change" title="Request a change to the signed agreement" outcome={outcome}>
      <form onSubmit={submit(request)}>
        <label>Change <select name="change" value={change} onChange={(e) => setChange(e.target.value)}>
          {targetChanges.codes.map((c) => <option key={c} value={c}>{targetChanges.label(c)}</option>)}
        </select></label>
        {change !== 'ADD_DESIGNATED' && (
          <label>Target <select name="target" data-testid="change-target">{sortByIndicator(agreement.targets.filter((t) => t.kind !== 'LOCAL'), (t) => t.indicator?.code).map((t) => <option key={t.id} value={t.id}>{targetName(t)} ({levelsText(t.levels)})</option>)}</select></label>
        )}
        {change === 'CHANGE_LEVELS' && [0, 1, 2].map((i) => <label key={i}>Year {i + 1} <input name={`level${i}`} type="number" step="any" required size={6} /></label>)}
        <label>Why <input name="reason" required minLength={3} /></label>
        <button type="submit" disabled={pending}>Request the change</button>
      </form>
    </Panel>
  );
}

/** Approving or rejecting a requested change: the GO's RD or DRD within the tolerance, a Minister beyond it. */
export function DecideChangePanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const waiting = agreement.signOff.targetChangeRequests.filter((r) => r.status === 'REQUESTED');
  const name = (id: string | null) => { const t = agreement.targets.find((x) => x.id === id); return t ? targetName(t) : 'a new designated target'; };
  const decide = (requestId: string, expectedVersion: number, approve: boolean, form: HTMLFormElement) =>
    void run(DECIDE_CHANGE, { input: { requestId, expectedVersion, approve, reason: text(form, 'reason') } }, approve ? 'Approved: only that target is reopened' : 'Rejected: the signed target stands');
  return (
    <Panel id="panel-decide-change" title="Decide requested changes" outcome={outcome}>
      {waiting.length === 0 ? <p>No change waiting for a decision.</p> : waiting.map((r) => (
        <form key={r.id} onSubmit={(e) => e.preventDefault()}>
          <p>{targetChanges.label(r.change)}: {name(r.targetId)}, {levelsText(r.currentLevels)} → {levelsText(r.proposedLevels)}, needs {approvers.label(r.approvalLevel)} (asked by {r.requestedBy}: {r.reason})</p>
          <label>Reason <input name="reason" required minLength={3} /></label>
          <button type="button" disabled={pending} onClick={(e) => e.currentTarget.form && decide(r.id, r.version, true, e.currentTarget.form)}>Approve</button>
          <button type="button" disabled={pending} onClick={(e) => e.currentTarget.form && decide(r.id, r.version, false, e.currentTarget.form)}>Reject</button>
        </form>
      ))}
    </Panel>
  );
}

/** Every change request with its status and decision. */
export function ChangeRequests({ agreement }: Pick<PanelProps, 'agreement'>) {
  const requests = agreement.signOff.targetChangeRequests;
  if (requests.length === 0) return null;
  const name = (id: string | null) => { const t = agreement.targets.find((x) => x.id === id); return t ? targetName(t) : 'new designated target'; };
  return (
    <>
      <h2>Controlled refresh</h2>
      <table data-testid="change-requests">
        <thead><tr><th scope="col">Target</th><th scope="col">Change</th><th scope="col">Levels</th><th scope="col">Approval by</th><th scope="col">Status</th><th scope="col">Decided by</th></tr></thead>
        <tbody>{requests.map((r) => (
          <tr key={r.id}>
            <th scope="row">{name(r.targetId)}</th><td>{targetChanges.label(r.change)}: {r.reason}</td>
            <td>{levelsText(r.currentLevels)} → {levelsText(r.proposedLevels)}</td><td>{approvers.label(r.approvalLevel)}</td>
            <td>{targetChangeStatuses.label(r.status)}{agreement.signOff.reopenedTargetIds.includes(r.targetId ?? '') ? ' (reopened)' : ''}</td><td>{r.decidedBy ? `${r.decidedBy}: ${r.decisionReason}` : '–'}</td>
          </tr>
        ))}</tbody>
      </table>
    </>
  );
}
