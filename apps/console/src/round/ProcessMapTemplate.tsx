import { gql } from '@apollo/client';
import { ActionForm, text } from '../agreement/ActionForm';
import { negotiationStages } from '../labels';
import { lineOf, parseTemplateLines, TemplateLine } from './template-lines';

export const SET_ROUND_PROCESS_MAP = gql`
  mutation SetRoundProcessMap($input: SetRoundProcessMapInput!) { setRoundProcessMap(input: $input) { version } }
`;

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
      <h2 id="template-heading">The round's process map</h2>
      <p>{processMap.fromSource ? 'The source\'s indicative timetable, not yet changed by the region.' : `Version ${processMap.version}, changed by ${processMap.changedBy}.`} Agreements opened from now start with it; those open keep their own milestones.</p>
      <ol>
        {processMap.milestones.map((m) => <li key={`${m.title}-${m.dueOn}`}>{m.title}, due {m.dueOn} ({m.owner}; closes {negotiationStages.label(m.stage)})</li>)}
      </ol>
      {lead && (
        <ActionForm label="Change the round's process map" submit="Save the process map" mutation={SET_ROUND_PROCESS_MAP}
          variables={(fields) => {
            const read = parseTemplateLines(text(fields, 'milestones') ?? '', negotiationStages.codes);
            if ('error' in read) throw new Error(read.error);
            return { input: { expectedVersion: processMap.version, milestones: read.milestones } };
          }}>
          <label className="wide">
            One milestone a line: title | YYYY-MM-DD | owner | stage ({negotiationStages.codes.join(', ')})
            <textarea name="milestones" rows={processMap.milestones.length + 1} defaultValue={processMap.milestones.map(lineOf).join('\n')} key={processMap.version} />
          </label>
        </ActionForm>
      )}
    </section>
  );
}
