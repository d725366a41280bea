import { graphql } from '../gql';
import { ActionForm, text } from '../agreement/ActionForm';
import { negotiationStages } from '../labels';
import { lineOf, parseTemplateLines, TemplateLine } from './template-lines';
import { formatDate } from '../dates';
import { person } from '../words';
import { Textarea } from '../govuk';

export const SET_ROUND_PROCESS_MAP = graphql(`
  mutation SetRoundProcessMap($input: SetRoundProcessMapInput!) {
    setRoundProcessMap(input: $input) {
      version
    }
  }
`);

export interface RoundProcessMap {
  fromSource: boolean;
  version: number;
  changedBy: string | null;
  milestones: TemplateLine[];
}

/** The round's template: every agreement opened from now starts with it; the round leads change it. */
export function ProcessMapTemplate({ processMap, lead }: { processMap: RoundProcessMap; lead: boolean }) {
  return (
    <section aria-labelledby="template-heading" data-testid="round-template">
      <h2 className="govuk-heading-m" id="template-heading">
        The round's process map
      </h2>
      <p className="govuk-body">
        {processMap.fromSource
          ? "The source's indicative timetable, not yet changed by the region."
          : `Version ${processMap.version}, changed by ${person(processMap.changedBy)}.`}{' '}
        Agreements opened from now start with it; those open keep their own milestones.
      </p>
      <ol className="govuk-list govuk-list--number">
        {processMap.milestones.map((m) => (
          <li key={`${m.title}-${m.dueOn}`}>
            {m.title}, due {formatDate(m.dueOn)} ({m.owner}; closes {negotiationStages.label(m.stage)})
          </li>
        ))}
      </ol>
      {lead && (
        <ActionForm
          label="Change the round's process map"
          submit="Save the process map"
          mutation={SET_ROUND_PROCESS_MAP}
          variables={(fields) => {
            const read = parseTemplateLines(text(fields, 'milestones') ?? '', negotiationStages.codes);
            if ('error' in read) throw new Error(read.error);
            return { input: { expectedVersion: processMap.version, milestones: read.milestones } };
          }}
        >
          <Textarea
            label="Milestones, one a line"
            hint={`Title | date as YYYY-MM-DD | owner | stage, the stage one of ${negotiationStages.codes.map((code) => `${code} (${negotiationStages.label(code)})`).join(', ')}`}
            name="milestones"
            rows={processMap.milestones.length + 1}
            defaultValue={processMap.milestones.map(lineOf).join('\n')}
            key={processMap.version}
          />
        </ActionForm>
      )}
    </section>
  );
}
