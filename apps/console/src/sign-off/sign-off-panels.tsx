import { ApolloClient } from '@apollo/client';
import { FormEvent, ReactNode, useState } from 'react';
import { sortByIndicator } from '../indicator-order';
import { departments, signOffStages } from '../labels';
import {
  AgreementSignOffData,
  CABINET,
  confirmingDepartment,
  FLAG,
  RECOMMEND,
  RESOLVE_REVIEW,
  SIGN_OFF_TARGET,
  TAKE_STEP,
  targetName,
} from './agreement-sign-off-queries';
import { Outcome, useAction } from './use-gateway';
import { dateFromForm, todayParts } from '../dates';
import { cabinetConsultationOpen, signatureAvailability, stepAvailability } from './step-availability';
import { person } from '../words';
import { Button, DateInput, ErrorSummary, Fieldset, NotificationBanner, Select, TextInput, Textarea } from '../govuk';

type Agreement = NonNullable<AgreementSignOffData['agreement']>;
export interface PanelProps {
  agreement: Agreement;
  client: ApolloClient;
  reload: () => Promise<unknown>;
}

export const text = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();

/** A panel of one person's sign-off action: the form, and what the server answered (its refusal names what is missing). */
export function Panel({
  id,
  title,
  outcome,
  children,
}: {
  id: string;
  title: string;
  outcome: Outcome | null;
  children: ReactNode;
}) {
  return (
    <section className="sign-off-panel" data-testid={id}>
      <h2 className="govuk-heading-m">{title}</h2>
      {children}
      {outcome &&
        (outcome.ok ? (
          <NotificationBanner key={outcome.seq} success testId={`${id}-outcome`}>
            {outcome.message}
          </NotificationBanner>
        ) : (
          <ErrorSummary key={outcome.seq} testId={`${id}-outcome`} problems={[{ text: outcome.message }]} />
        ))}
    </section>
  );
}

/** A step that is next but cannot be taken yet: said once, pointing at the reasons listed above. */
function NotYet({ step }: { step: string }) {
  return (
    <p className="govuk-inset-text" data-testid="step-blocked">
      {step} is not possible yet: what stands in the way is listed under “Where it stands”.
    </p>
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
  const { runChecked, outcome, pending } = useAction(client, reload);
  const { signOff, area } = agreement;
  const step = (stage: string, reason: string, extra: () => Record<string, unknown> = () => ({})) =>
    runChecked(
      () => ({ input: { agreementId: agreement.id, stage, expectedVersion: signOff.version, reason, ...extra() } }),
      TAKE_STEP,
      `Recorded: ${signOffStages.label(stage)}`,
    );
  const bodies = (form: HTMLFormElement) =>
    defaults
      .map((_, i) => ({
        organisation: text(form, `organisation${i}`),
        body: text(form, `body${i}`),
        agreedOn: dateFromForm(new FormData(form), `agreedOn${i}`, `When body ${i + 1} agreed`),
      }))
      .filter((b) => b.organisation && b.body);
  // Blank rows beyond the usual three: every partner that leads a target needs its governing body recorded.
  const defaults = [
    [`${area.name} Council`, 'Cabinet'],
    [`${area.name} Primary Care Trust`, 'PCT Board'],
    ['Police Authority', 'Police Authority'],
    ['', ''],
    ['', ''],
    ['', ''],
  ];
  return (
    <Panel id="panel-lsp" title="Local Strategic Partnership" outcome={outcome}>
      {stepAvailability(signOff.readiness, 'LSP_SIGNED_OFF') === 'blocked' && <NotYet step="The LSP's sign-off" />}
      {stepAvailability(signOff.readiness, 'LSP_SIGNED_OFF') === 'open' && (
        <form onSubmit={submit((form) => step('LSP_SIGNED_OFF', text(form, 'reason')))}>
          <TextInput
            label="Reason"
            name="reason"
            required
            minLength={3}
            defaultValue="Story of place and draft agreed at the LSP board"
          />
          <Button type="submit" disabled={pending}>
            Sign off the story of place and the draft
          </Button>
        </form>
      )}
      {stepAvailability(signOff.readiness, 'PARTNERS_AGREED') === 'blocked' && (
        <NotYet step="Recording the partners' agreement" />
      )}
      {stepAvailability(signOff.readiness, 'PARTNERS_AGREED') === 'open' && (
        <form
          onSubmit={submit((form) =>
            step('PARTNERS_AGREED', text(form, 'reason'), () => ({ governingBodies: bodies(form) })),
          )}
        >
          <p className="govuk-body">Partners&apos; governing bodies that agreed the draft:</p>
          {defaults.map(([organisation, body], i) => (
            <Fieldset key={i} legend={`Governing body ${i + 1}`}>
              <TextInput label="Organisation" name={`organisation${i}`} defaultValue={organisation} />
              <TextInput label="Governing body" name={`body${i}`} defaultValue={body} />
              <DateInput
                legend="Agreed on"
                name={`agreedOn${i}`}
                defaultValue={organisation ? todayParts() : undefined}
              />
            </Fieldset>
          ))}
          <TextInput
            label="Reason"
            name="reason"
            required
            minLength={3}
            defaultValue="Each partner's governing body has agreed the draft"
          />
          <Button type="submit" disabled={pending}>
            Record the governing bodies&apos; agreement
          </Button>
        </form>
      )}
    </Panel>
  );
}

/** A GO theme lead signs off one target at a time, recording the department's confirmation, then the whole set. */
export function ThemeLeadPanel({ agreement, client, reload }: PanelProps) {
  const { run, runChecked, outcome, pending } = useAction(client, reload);
  const signable = sortByIndicator(
    agreement.targets.filter((t) => t.kind !== 'LOCAL'),
    (t) => t.indicator?.code,
  );
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
    const departmentConfirmation = () => ({
      department: text(form, 'department'),
      confirmedBy: text(form, 'confirmedBy'),
      confirmedOn: dateFromForm(new FormData(form), 'confirmedOn', 'The date of confirmation'),
      note: text(form, 'note'),
    });
    runChecked(
      () => ({
        input: { targetId: target.id, targetVersion: target.version, departmentConfirmation: departmentConfirmation() },
      }),
      SIGN_OFF_TARGET,
      `Signed off ${targetName(target)} (version ${target.version})`,
    );
  };
  const allSigned = (form: HTMLFormElement) =>
    void run(
      TAKE_STEP,
      {
        input: {
          agreementId: agreement.id,
          stage: 'TARGETS_SIGNED_OFF',
          expectedVersion: agreement.signOff.version,
          reason: text(form, 'reason'),
        },
      },
      `Recorded: ${signOffStages.label('TARGETS_SIGNED_OFF')}`,
    );
  return (
    <Panel
      id="panel-theme-lead"
      title="Theme lead: sign off targets with the department's confirmation"
      outcome={outcome}
    >
      <form onSubmit={submit(signOffTarget)} key={first?.id}>
        <Select
          label="Target"
          name="target"
          defaultValue={first?.id}
          data-testid="sign-off-target"
          onChange={(e) => choose(e.currentTarget.value)}
        >
          {signable.map((t) => (
            <option key={t.id} value={t.id}>
              {targetName(t)} (v{t.version}
              {t.signOff?.valid ? ', signed off' : ''})
            </option>
          ))}
        </Select>
        <Select label="Department" name="department" key={chosen?.id} defaultValue={needed ?? 'CLG'}>
          {departments.codes.map((d) => (
            <option key={d} value={d}>
              {departments.label(d)}
            </option>
          ))}
        </Select>
        <p className="govuk-body hint" data-testid="confirming-department">
          {needed
            ? `${departments.label(needed)} confirms this target (${chosen?.kind === 'STATUTORY_DCSF' ? 'statutory DCSF target' : "its indicator's department in the reference data"}).`
            : 'The reference data names no department for this indicator: whichever department confirms it will do.'}
        </p>
        <TextInput label="Confirmed by" name="confirmedBy" required minLength={2} hint="The department's contact" />
        <DateInput legend="Confirmed on" name="confirmedOn" required defaultValue={todayParts()} />
        <TextInput label="Note" name="note" hint="How it was confirmed" />
        <Button type="submit" disabled={pending}>
          Sign off this target
        </Button>
      </form>
      {stepAvailability(agreement.signOff.readiness, 'TARGETS_SIGNED_OFF') === 'open' && (
        <form onSubmit={submit(allSigned)}>
          <TextInput
            label="Reason"
            name="reason"
            required
            minLength={3}
            defaultValue="All designated and statutory targets confirmed with departments"
          />
          <Button type="submit" disabled={pending}>
            Every target signed off: take the step
          </Button>
        </form>
      )}
    </Panel>
  );
}

/** The Regional Director's recommendation: refused, with each open point and unsigned target named, until the conditions hold. */
export function DirectorPanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const availability = stepAvailability(agreement.signOff.readiness, 'RD_RECOMMENDED');
  const recommend = (form: HTMLFormElement) =>
    void run(
      RECOMMEND,
      {
        input: {
          agreementId: agreement.id,
          expectedVersion: agreement.signOff.version,
          reason: text(form, 'reason'),
          likelyImpact: text(form, 'likelyImpact'),
        },
      },
      'Recommended to Ministers: the recommendation is ready to read and download',
    );
  return (
    <Panel id="panel-director" title="Regional Director: recommend to Ministers" outcome={outcome}>
      {availability === 'blocked' && <NotYet step="The recommendation" />}
      {availability === 'not-now' && (
        <p className="govuk-body">The recommendation comes once every target is signed off.</p>
      )}
      {availability === 'open' && (
        <form onSubmit={submit(recommend)}>
          <Textarea label="Likely impact" name="likelyImpact" required minLength={3} rows={2} />
          <Textarea label="Recommendation" name="reason" required minLength={3} rows={2} />
          <Button type="submit" disabled={pending}>
            Recommend
          </Button>
        </form>
      )}
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
        <form
          onSubmit={submit(
            (form) =>
              void run(
                RESOLVE_REVIEW,
                { input: { reviewId: open.id, resolution: text(form, 'resolution') } },
                'Consistency review resolved',
              ),
          )}
        >
          <p className="govuk-body">
            Under review: {open.reason} (raised by {person(open.raisedBy)})
          </p>
          <TextInput label="Resolution" name="resolution" required minLength={3} />
          <Button type="submit" disabled={pending}>
            Resolve the review
          </Button>
        </form>
      ) : (
        <form
          onSubmit={submit(
            (form) =>
              void run(
                FLAG,
                { input: { agreementId: agreement.id, reason: text(form, 'reason') } },
                'Marked for consistency review',
              ),
          )}
        >
          <TextInput label="What looks inconsistent" name="reason" required minLength={3} />
          <Button type="submit" disabled={pending}>
            Mark for consistency review
          </Button>
        </form>
      )}
    </Panel>
  );
}

/** Ministers: the Secretary of State's consultation of Cabinet colleagues, then the signature. */
export function MinisterPanel({ agreement, client, reload }: PanelProps) {
  const { run, outcome, pending } = useAction(client, reload);
  const consult = (form: HTMLFormElement) =>
    void run(
      CABINET,
      {
        input: {
          agreementId: agreement.id,
          colleagues: text(form, 'colleagues')
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
          outcome: text(form, 'outcome'),
        },
      },
      'Cabinet consultation recorded',
    );
  const { readiness } = agreement.signOff;
  const sign = (form: HTMLFormElement) =>
    void run(
      TAKE_STEP,
      {
        input: {
          agreementId: agreement.id,
          stage: 'SIGNED',
          expectedVersion: agreement.signOff.version,
          reason: text(form, 'reason'),
        },
      },
      'Signed',
    );
  return (
    <Panel id="panel-minister" title="Ministers" outcome={outcome}>
      {readiness.nextStage !== 'SIGNED' && (
        <p className="govuk-body">
          Ministers consult Cabinet colleagues and sign once the Regional Director has recommended the agreement.
        </p>
      )}
      {cabinetConsultationOpen(readiness) && (
        <form onSubmit={submit(consult)}>
          <TextInput
            label="Cabinet colleagues consulted"
            name="colleagues"
            required
            hint="Separate them with commas, for example, Home Secretary, Secretary of State for Health"
          />
          <TextInput label="Outcome" name="outcome" required minLength={3} />
          <Button type="submit" disabled={pending}>
            Record the Cabinet consultation
          </Button>
        </form>
      )}
      {signatureAvailability(readiness) === 'blocked' && <NotYet step="Signature" />}
      {signatureAvailability(readiness) === 'open' && (
        <form onSubmit={submit(sign)}>
          <TextInput
            label="Reason"
            name="reason"
            required
            minLength={3}
            defaultValue="Signed on the Regional Director's recommendation after Cabinet consultation"
          />
          <Button type="submit" disabled={pending}>
            Sign the agreement
          </Button>
        </form>
      )}
    </Panel>
  );
}
