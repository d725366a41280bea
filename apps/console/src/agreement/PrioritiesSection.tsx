import { priorityCriteria } from '../labels';
import { ActionForm, text } from './ActionForm';
import { contributionsOf, LoadedAgreement, PriorityRow } from './agreement-query';
import { Capabilities } from './capabilities';
import { ADD_PRIORITY, ASSESS_PRIORITY } from './mutations';
import { Checkbox, Select, TextInput, Textarea } from '../govuk';

/** Priorities first, indicators second, targets last: the outcomes, their assessment, and adding one. */
export function PrioritiesSection({ agreement, can }: { agreement: LoadedAgreement; can: Capabilities }) {
  return (
    <section aria-labelledby="priorities-heading">
      <h2 className="govuk-heading-m" id="priorities-heading">
        Priority outcomes ({agreement.priorities.length})
      </h2>
      {agreement.priorities.length === 0 ? (
        <p className="govuk-body">None recorded yet.</p>
      ) : (
        <ul data-testid="priorities" className="govuk-list items">
          {agreement.priorities.map((p) => (
            <li key={p.id} data-testid={`priority-${p.title}`}>
              <PrioritySummary priority={p} agreement={agreement} />
              {can.edit && <AssessPriority priority={p} />}
            </li>
          ))}
        </ul>
      )}
      {can.edit && (
        <ActionForm
          label="Add a priority outcome"
          submit="Add priority"
          mutation={ADD_PRIORITY}
          variables={(f) => ({
            input: {
              agreementId: agreement.id,
              title: text(f, 'title') ?? '',
              description: text(f, 'description') ?? '',
            },
          })}
        >
          <TextInput
            label="Priority outcome"
            name="title"
            required
            minLength={3}
            maxLength={200}
            hint="For example, Reducing alcohol related harm"
          />
          <Textarea label="Why it matters here" name="description" rows={2} maxLength={5000} />
        </ActionForm>
      )}
    </section>
  );
}

function PrioritySummary({ priority: p, agreement }: { priority: PriorityRow; agreement: LoadedAgreement }) {
  const contributes = contributionsOf(p.id, agreement.priorities, agreement.priorityGraph.edges);
  return (
    <p className="govuk-body">
      <strong>{p.title}</strong> · {p.tier ? `tier ${p.tier}` : 'not assessed'} · {p.criteriaMet.length} criteria met
      {p.assessedBy ? ` (assessed by ${p.assessedBy.name}${p.assessmentReason ? `: ${p.assessmentReason}` : ''})` : ''}
      {contributes.length > 0 && <> · contributes to {contributes.join(', ')}</>}
      {p.synthetic && <span className="govuk-tag govuk-tag--yellow synthetic">synthetic</span>}
    </p>
  );
}

/** Sheffield's four and GO South East's nine criteria, an Oldham tier and the reason, against the version read. */
function AssessPriority({ priority }: { priority: PriorityRow }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Assess “{priority.title}”</span>
      </summary>
      <ActionForm
        label={`Assess ${priority.title}`}
        submit="Record assessment"
        mutation={ASSESS_PRIORITY}
        variables={(f) => ({
          input: {
            priorityId: priority.id,
            expectedVersion: priority.version,
            criteriaMet: f.getAll('criteria').map(String),
            tier: Number(f.get('tier')),
            reason: text(f, 'reason') ?? '',
          },
        })}
      >
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Criteria it meets (at least one)</legend>
          {priorityCriteria.codes.map((c) => (
            <Checkbox
              key={c}
              name="criteria"
              value={c}
              defaultChecked={priority.criteriaMet.includes(c)}
              label={<>{priorityCriteria.label(c)}</>}
            />
          ))}
        </fieldset>
        <Select label="Tier" name="tier" defaultValue={priority.tier ?? 1}>
          <option value={1}>1: designated and statutory targets</option>
          <option value={2}>2: local indicators driving LAA outcomes</option>
          <option value={3}>3: monitoring and milestones</option>
        </Select>
        <Textarea
          label="Reason"
          name="reason"
          rows={2}
          required
          minLength={3}
          defaultValue={priority.assessmentReason ?? ''}
        />
      </ActionForm>
    </details>
  );
}
