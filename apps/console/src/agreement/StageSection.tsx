import { ActionForm, text } from './ActionForm';
import { Capabilities } from './capabilities';
import { ADVANCE_STAGE } from './mutations';

/** The negotiation stages in order: priorities first, indicators second, targets last, then sign-off. */
export const STAGES = ['PROCESS_MAP', 'PRIORITIES', 'INDICATORS', 'TARGETS', 'SUBMITTED'] as const;
const LABELS: Record<string, string> = {
  PROCESS_MAP: 'Process map',
  PRIORITIES: 'Priority outcomes',
  INDICATORS: 'Indicators',
  TARGETS: 'Target levels',
  SUBMITTED: 'Submitted for sign-off',
};

export function nextStageOf(stage: string): string | null {
  const at = STAGES.indexOf(stage as (typeof STAGES)[number]);
  return at < 0 ? null : (STAGES[at + 1] ?? null);
}

/** Where the negotiation is, and (for its editors) the move to the next stage with the reason recorded in the history. */
export function StageSection({ agreement, can }: { agreement: { id: string; stage: string; version: number }; can: Capabilities }) {
  const next = nextStageOf(agreement.stage);
  return (
    <section aria-labelledby="stage-heading">
      <h3 id="stage-heading">Stage</h3>
      <ol className="stages" data-testid="stages">
        {STAGES.map((stage) => (
          <li key={stage} aria-current={stage === agreement.stage ? 'step' : undefined}>{LABELS[stage]}</li>
        ))}
      </ol>
      {can.edit && next && (
        <ActionForm
          label="Move to the next stage"
          submit={`Move to ${LABELS[next].toLowerCase()}`}
          mutation={ADVANCE_STAGE}
          variables={(fields) => ({ input: { agreementId: agreement.id, expectedVersion: agreement.version, stage: next, reason: text(fields, 'reason') ?? '' } })}
        >
          <label>Why now <input name="reason" required minLength={3} placeholder="e.g. agreed at the LSP board, 12 November" /></label>
        </ActionForm>
      )}
    </section>
  );
}
