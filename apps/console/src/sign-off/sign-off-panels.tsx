import { ApolloClient } from '@apollo/client';
import { FormEvent, ReactNode, useState } from 'react';
import { sortByIndicator } from '../indicator-order';
import { departments, signOffStages } from '../labels';
import { AgreementSignOffData, CABINET, confirmingDepartment, FLAG, RECOMMEND, RESOLVE_REVIEW, SIGN_OFF_TARGET, TAKE_STEP, targetName } from './agreement-sign-off-queries';
import { Outcome, useAction } from './use-gateway';

type Agreement = NonNullable<AgreementSignOffData['agreement']>;
export interface PanelProps {
  agreement: Agreement;
  client: ApolloClient;
  reload: () => Promise<unknown>;
}

const today = () => new Date().toISOString().slice(0, 10);
export const text = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();

/** A panel of one person's sign-off action: the form, and what the server answered (its refusal names what is missing). */
export function Panel({ id, title, outcome, children }: { id: string; title: string; outcome: Outcome | null; children: ReactNode }) {
  return (
    <section className="sign-off-panel" data-testid={id}>
      <h2>{title}</h2>
      {children}
      {outcome && <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'done' : 'refused'} data-testid={`${id}-outcome`}>{outcome.message}</p>}
    </section>
  );
}

export function submit(handler: (form: HTMLFormElement) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    handler(event.currentTarget);
  };
}

/** The LSP's two steps, through a partnership officer: sign off the story of place and the draft, then record the governing bodies. */
export function PartnershipPanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const { signOff, area } = agreement;
  const step = (stage: string, reason: string, extra: Record<string, unknown> = {}) =>
    run(TAKE_STEP, { input: { agreementId: agreement.id, stage, expectedVersion: signOff.version, reason, ...extra } }, `Recorded: ${signOffStages.label(stage)}`);
  const bodies = (form: HTMLFormElement) =>
    defaults.map((_, i) => ({ organisation: text(form, `organisation${i}`), body: text(form, `body${i}`), agreedOn: text(form, `agreedOn${i}`) })).filter((b) => b.organisation && b.body);
  // Blank rows beyond the usual three: every partner that leads a target needs its governing body recorded.
  const defaults = [[`${area.name} Council`, 'Cabinet'], [`${area.name} Primary Care Trust`, 'PCT Board'], ['Police Authority', 'Police Authority'], ['', ''], ['', ''], ['', '']];
  return (
    <Panel id="panel-lsp" title="Local Strategic Partnership" outcome={outcome}>
      <form onSubmit={submit((form) => void step('LSP_SIGNED_OFF', text(form, 'reason')))}>
        <label>Reason <input name="reason" required minLength={3} defaultValue="Story of place and draft agreed at the LSP board" /></label>
        <button type="submit" disabled={pending}>Sign off the story of place and the draft</button>
      </form>
      <form onSubmit={submit((form) => void step('PARTNERS_AGREED', text(form, 'reason'), { governingBodies: bodies(form) }))}>
        <p>Partners&apos; governing bodies that agreed the draft:</p>
        {defaults.map(([organisation, body], i) => (
          <div key={i} className="row">
            <input name={`organisation${i}`} aria-label={`Organisation ${i + 1}`} defaultValue={organisation} />
            <input name={`body${i}`} aria-label={`Governing body ${i + 1}`} defaultValue={body} />
            <input name={`agreedOn${i}`} aria-label={`Agreed on ${i + 1}`} type="date" defaultValue={today()} />
          </div>
        ))}
        <label>Reason <input name="reason" required minLength={3} defaultValue="Each partner's governing body has agreed the draft" /></label>
        <button type="submit" disabled={pending}>Record the governing bodies&apos; agreement</button>
      </form>
    </Panel>
  );
}

/** A GO theme lead signs off one target at a time, recording the department's confirmation, then the whole set. */
export function ThemeLeadPanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const signable = sortByIndicator(agreement.targets.filter((t) => t.kind !== 'LOCAL'), (t) => t.indicator?.code);
  const first = signable.find((t) => !t.signOff?.valid) ?? signable[0];
  // The target chosen in the form, as long as the form shows the same first target (it starts afresh after each sign-off).
  const [choice, setChoice] = useState<{ first?: string; id: string } | null>(null);
  const chosen = (choice && choice.first === first?.id ? signable.find((t) => t.id === choice.id) : undefined) ?? first;
  const choose = (id: string) => setChoice({ first: first?.id, id });
  // The department that answers for the chosen target is offered first (the API refuses another's confirmation, naming it).
  const needed = chosen ? confirmingDepartment(chosen) : null;
  const signOffTarget = (form: HTMLFormElement) => {
    const target = signable.find((t) => t.id === text(form, 'target'));
    if (!target) return;
    const departmentConfirmation = { department: text(form, 'department'), confirmedBy: text(form, 'confirmedBy'), confirmedOn: text(form, 'confirmedOn'), note: text(form, 'note') };
    void run(SIGN_OFF_TARGET, { input: { targetId: target.id, targetVersion: target.version, departmentConfirmation } }, `Signed off ${targetName(target)} (version ${target.version})`);
  };
  const allSigned = (form: HTMLFormElement) =>
    void run(TAKE_STEP, { input: { agreementId: agreement.id, stage: 'TARGETS_SIGNED_OFF', expectedVersion: agreement.signOff.version, reason: text(form, 'reason') } }, `Recorded: ${signOffStages.label('TARGETS_SIGNED_OFF')}`);
  return (
    <Panel id="panel-theme-lead" title="Theme lead: sign off targets with the department's confirmation" outcome={outcome}>
      <form onSubmit={submit(signOffTarget)} key={first?.id}>
        <label>Target <select name="target" defaultValue={first?.id} data-testid="sign-off-target" onChange={(e) => choose(e.currentTarget.value)}>
          {signable.map((t) => <option key={t.id} value={t.id}>{targetName(t)} (v{t.version}{t.signOff?.valid ? ', signed off' : ''})</option>)}
        </select></label>
        <label>Department <select name="department" key={chosen?.id} defaultValue={needed ?? 'CLG'}>{departments.codes.map((d) => <option key={d} value={d}>{departments.label(d)}</option>)}</select></label>
        <p className="hint" data-testid="confirming-department">{needed
          ? `${departments.label(needed)} confirms this target (${chosen?.kind === 'STATUTORY_DCSF' ? 'statutory DCSF target' : 'its indicator\'s department in the reference data'}).`
          : 'The reference data names no department for this indicator: whichever department confirms it will do.'}</p>
        <label>Confirmed by <input name="confirmedBy" required minLength={2} placeholder="the department's contact" /></label>
        <label>On <input name="confirmedOn" type="date" required defaultValue={today()} /></label>
        <label>Note <input name="note" placeholder="how it was confirmed" /></label>
        <button type="submit" disabled={pending}>Sign off this target</button>
      </form>
      <form onSubmit={submit(allSigned)}>
        <label>Reason <input name="reason" required minLength={3} defaultValue="All designated and statutory targets confirmed with departments" /></label>
        <button type="submit" disabled={pending}>Every target signed off: take the step</button>
      </form>
    </Panel>
  );
}

/** The Regional Director's recommendation: refused, with each open point and unsigned target named, until the conditions hold. */
export function DirectorPanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const recommend = (form: HTMLFormElement) =>
    void run(RECOMMEND, { input: { agreementId: agreement.id, expectedVersion: agreement.signOff.version, reason: text(form, 'reason'), likelyImpact: text(form, 'likelyImpact') } }, 'Recommended to Ministers: the recommendation is ready to read and download');
  return (
    <Panel id="panel-director" title="Regional Director: recommend to Ministers" outcome={outcome}>
      <form onSubmit={submit(recommend)}>
        <label>Likely impact <textarea name="likelyImpact" required minLength={3} rows={2} /></label>
        <label>Recommendation <textarea name="reason" required minLength={3} rows={2} /></label>
        <button type="submit" disabled={pending}>Recommend</button>
      </form>
    </Panel>
  );
}

/** Cross-GO moderation: mark the agreement for a consistency review, or settle one. */
export function ModerationPanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const open = agreement.signOff.consistencyReviews.find((r) => !r.resolvedAt);
  return (
    <Panel id="panel-moderation" title="Cross-GO moderation" outcome={outcome}>
      {open ? (
        <form onSubmit={submit((form) => void run(RESOLVE_REVIEW, { input: { reviewId: open.id, resolution: text(form, 'resolution') } }, 'Consistency review resolved'))}>
          <p>Under review: {open.reason} (raised by {open.raisedBy})</p>
          <label>Resolution <input name="resolution" required minLength={3} /></label>
          <button type="submit" disabled={pending}>Resolve the review</button>
        </form>
      ) : (
        <form onSubmit={submit((form) => void run(FLAG, { input: { agreementId: agreement.id, reason: text(form, 'reason') } }, 'Marked for consistency review'))}>
          <label>What looks inconsistent <input name="reason" required minLength={3} /></label>
          <button type="submit" disabled={pending}>Mark for consistency review</button>
        </form>
      )}
    </Panel>
  );
}

/** Ministers: the Secretary of State's consultation of Cabinet colleagues, then the signature. */
export function MinisterPanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const consult = (form: HTMLFormElement) =>
    void run(CABINET, { input: { agreementId: agreement.id, colleagues: text(form, 'colleagues').split(',').map((c) => c.trim()).filter(Boolean), outcome: text(form, 'outcome') } }, 'Cabinet consultation recorded');
  const sign = (form: HTMLFormElement) =>
    void run(TAKE_STEP, { input: { agreementId: agreement.id, stage: 'SIGNED', expectedVersion: agreement.signOff.version, reason: text(form, 'reason') } }, 'Signed');
  return (
    <Panel id="panel-minister" title="Ministers" outcome={outcome}>
      <form onSubmit={submit(consult)}>
        <label>Cabinet colleagues consulted <input name="colleagues" required placeholder="Home Secretary, Secretary of State for Health" /></label>
        <label>Outcome <input name="outcome" required minLength={3} /></label>
        <button type="submit" disabled={pending}>Record the Cabinet consultation</button>
      </form>
      <form onSubmit={submit(sign)}>
        <label>Reason <input name="reason" required minLength={3} defaultValue="Signed on the Regional Director's recommendation after Cabinet consultation" /></label>
        <button type="submit" disabled={pending}>Sign the agreement</button>
      </form>
    </Panel>
  );
}
