import { gql } from '@apollo/client';
import { ActionForm, text } from '../agreement/ActionForm';
import { CommunityStrategy } from './place-queries';

const RECORD_STRATEGY = gql`
  mutation RecordCommunityStrategy($input: RecordCommunityStrategyInput!) { recordCommunityStrategy(input: $input) { id } }
`;

/** The Sustainable Community Strategy a version of the story draws on, linked to where it is published. */
export function CommunityStrategyLink({ strategy }: { strategy: CommunityStrategy | null }) {
  if (!strategy) return <p className="flag warning" data-testid="story-scs">Not linked to a Sustainable Community Strategy.</p>;
  return (
    <p data-testid="story-scs">
      Draws on the Sustainable Community Strategy{' '}
      <a href={strategy.url} rel="noopener noreferrer" target="_blank">{strategy.title}</a>{' '}
      ({strategy.periodFrom}-{strategy.periodTo}, adopted {strategy.adoptedOn}).
    </p>
  );
}

/** Which of the area's strategies the next version draws on ('' for none). */
export function CommunityStrategyChoice({ strategies, chosen, onChange }: { strategies: CommunityStrategy[]; chosen: string; onChange: (id: string) => void }) {
  if (strategies.length === 0) return <p>No Sustainable Community Strategy is recorded for the area yet.</p>;
  return (
    <label className="wide">
      Sustainable Community Strategy it draws on{' '}
      <select value={chosen} onChange={(e) => onChange(e.target.value)}>
        <option value="">None</option>
        {strategies.map((s) => <option key={s.id} value={s.id}>{s.title} ({s.periodFrom}-{s.periodTo})</option>)}
      </select>
    </label>
  );
}

/** Records a strategy the partnership adopted, so a version of the story can draw on it. */
export function RecordCommunityStrategyForm({ areaCode }: { areaCode: string }) {
  return (
    <ActionForm label="Record a Sustainable Community Strategy" submit="Record the strategy" mutation={RECORD_STRATEGY}
      variables={(fields) => ({
        input: {
          area: areaCode,
          title: text(fields, 'title') ?? '',
          adoptedOn: text(fields, 'adoptedOn') ?? '',
          url: text(fields, 'url') ?? '',
          periodFrom: Number(text(fields, 'periodFrom')),
          periodTo: Number(text(fields, 'periodTo')),
        },
      })}>
      <label>Title <input name="title" required minLength={3} size={40} /></label>
      <label>Adopted on <input name="adoptedOn" type="date" required /></label>
      <label>Published at <input name="url" type="url" required placeholder="https://" size={40} /></label>
      <label>From <input name="periodFrom" type="number" required min={1990} max={2100} /></label>
      <label>To <input name="periodTo" type="number" required min={1990} max={2100} /></label>
    </ActionForm>
  );
}
