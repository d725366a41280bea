import { negotiationStages } from '../labels';
import { ActionForm, text } from './ActionForm';
import { Capabilities } from './capabilities';
import { ADVANCE_STAGE } from './mutations';
import { TextInput } from '../govuk';

const STAGES = negotiationStages.codes;

/** The stage after this one; none after submission (sign-off takes over) or for a stage the console does not know. */
export function nextStageOf(stage: string): string | null {
  const at = STAGES.findIndex((s) => s === stage);
  return at < 0 ? null : (STAGES[at + 1] ?? null);
}

/** Where the negotiation is, and (for its editors) the move to the next stage with the reason recorded in the history. */
export function StageSection({
  agreement,
  can,
}: {
  agreement: { id: string; stage: string; version: number; missingStatutoryIndicators?: string[] };
  can: Capabilities;
}) {
  const next = nextStageOf(agreement.stage);
  const missing = agreement.missingStatutoryIndicators ?? [];
  return (
    <section aria-labelledby="stage-heading">
      <h2 className="govuk-heading-m" id="stage-heading">
        Stage
      </h2>
      <ol className="govuk-list govuk-list--number stages" data-testid="stages">
        {STAGES.map((stage) => (
          <li key={stage} aria-current={stage === agreement.stage ? 'step' : undefined}>
            {negotiationStages.label(stage)}
          </li>
        ))}
      </ol>
      {missing.length > 0 && (
        <p className="flag warning" data-testid="statutory-missing">
          Before submission, the statutory DCSF set in force today needs a statutory target with all three levels on{' '}
          {missing.join(', ')}{' '}
          <span
            className="flag reference inferred"
            title="The 2008 list of statutory indicators is recalled, not read in a source (SOURCES.md 1b)"
          >
            statutory set inferred
          </span>
        </p>
      )}
      {can.edit && next && (
        <ActionForm
          label="Move to the next stage"
          submit={`Move to ${negotiationStages.label(next).toLowerCase()}`}
          mutation={ADVANCE_STAGE}
          variables={(fields) => ({
            input: {
              agreementId: agreement.id,
              expectedVersion: agreement.version,
              stage: next,
              reason: text(fields, 'reason') ?? '',
            },
          })}
        >
          <TextInput
            label="Why now"
            name="reason"
            required
            minLength={3}
            hint="For example, agreed at the LSP board, 12 November"
          />
        </ActionForm>
      )}
    </section>
  );
}
