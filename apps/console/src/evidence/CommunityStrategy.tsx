import { graphql } from '../gql';
import { ActionForm, text } from '../agreement/ActionForm';
import { CommunityStrategy } from './place-queries';
import { dateFromForm, formatDate } from '../dates';
import { DateInput, Select, TextInput } from '../govuk';

const RECORD_STRATEGY = graphql(`
  mutation RecordCommunityStrategy($input: RecordCommunityStrategyInput!) {
    recordCommunityStrategy(input: $input) {
      id
    }
  }
`);

/** The Sustainable Community Strategy a version of the story draws on, linked to where it is published. */
export function CommunityStrategyLink({ strategy }: { strategy: CommunityStrategy | null }) {
  if (!strategy)
    return (
      <p className="govuk-body flag warning" data-testid="story-scs">
        Not linked to a Sustainable Community Strategy.
      </p>
    );
  return (
    <p className="govuk-body" data-testid="story-scs">
      Draws on the Sustainable Community Strategy{' '}
      <a className="govuk-link" href={strategy.url} rel="noopener noreferrer" target="_blank">
        {strategy.title}
      </a>{' '}
      ({strategy.periodFrom}-{strategy.periodTo}, adopted {formatDate(strategy.adoptedOn)}).
    </p>
  );
}

/** Which of the area's strategies the next version draws on ('' for none). */
export function CommunityStrategyChoice({
  strategies,
  chosen,
  onChange,
}: {
  strategies: CommunityStrategy[];
  chosen: string;
  onChange: (id: string) => void;
}) {
  if (strategies.length === 0)
    return <p className="govuk-body">No Sustainable Community Strategy is recorded for the area yet.</p>;
  return (
    <Select
      label="Sustainable Community Strategy it draws on"
      value={chosen}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">None</option>
      {strategies.map((s) => (
        <option key={s.id} value={s.id}>
          {s.title} ({s.periodFrom}-{s.periodTo})
        </option>
      ))}
    </Select>
  );
}

/** Records a strategy the partnership adopted, so a version of the story can draw on it. */
export function RecordCommunityStrategyForm({ areaCode }: { areaCode: string }) {
  return (
    <ActionForm
      label="Record a Sustainable Community Strategy"
      submit="Record the strategy"
      mutation={RECORD_STRATEGY}
      variables={(fields) => ({
        input: {
          area: areaCode,
          title: text(fields, 'title') ?? '',
          adoptedOn: dateFromForm(fields, 'adoptedOn', 'The date it was adopted') ?? '',
          url: text(fields, 'url') ?? '',
          periodFrom: Number(text(fields, 'periodFrom')),
          periodTo: Number(text(fields, 'periodTo')),
        },
      })}
    >
      <TextInput label="Title" name="title" required minLength={3} width={20} />
      <DateInput legend="Adopted on" name="adoptedOn" required />
      <TextInput
        label="Published at"
        name="url"
        type="url"
        required
        hint="Its web address, for example https://www.barnsley.gov.uk/community-strategy"
        width={20}
      />
      <TextInput label="From" name="periodFrom" type="number" required min={1990} max={2100} />
      <TextInput label="To" name="periodTo" type="number" required min={1990} max={2100} />
    </ActionForm>
  );
}
