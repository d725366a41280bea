import { FormEvent, useContext, useState } from 'react';
import { ActionContext } from '../agreement/ActionForm';
import { ActionError } from '../agreement/actions';
import { CommunityStrategyChoice } from './CommunityStrategy';
import { CommunityStrategy, LatestStory, SoftEvidenceItem, WRITE_STORY } from './place-queries';
import { refusalText } from './refusal';
import { ClaimDraft, draftOf, EMPTY_CLAIM, StoryDraft, storyInput } from './story-draft';
import { Button, ButtonGroup, Checkbox, ErrorSummary, TextInput, Textarea } from '../govuk';

/**
 * Writes the next version of the story, starting from the latest. The version read travels with
 * the change: if someone wrote one since, nothing is saved and the conflict says who.
 */
export function StoryEditor({
  areaCode,
  latest,
  softEvidence,
  strategies,
  onCancel,
  onSaved,
}: {
  areaCode: string;
  latest: LatestStory | null;
  softEvidence: SoftEvidenceItem[];
  strategies: CommunityStrategy[];
  onCancel: () => void;
  onSaved: (version: number) => void;
}) {
  const run = useContext(ActionContext);
  const [draft, setDraft] = useState<StoryDraft>(() => draftOf(latest));
  const [base, setBase] = useState(latest?.version ?? 0);
  const [state, setState] = useState<{ busy: boolean; error: ActionError | null }>({ busy: false, error: null });
  const setClaim = (i: number, claim: ClaimDraft) =>
    setDraft({ ...draft, claims: draft.claims.map((c, j) => (j === i ? claim : c)) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: true, error: null });
    const error = await run(WRITE_STORY, { input: storyInput(areaCode, base, draft) });
    setState({ busy: false, error });
    if (!error) onSaved(base + 1);
  };
  const conflictVersion = state.error?.code === 'CONFLICT' ? state.error.current?.version : undefined;
  return (
    <form
      className="action story-editor"
      aria-label={`Write version ${base + 1} of the story of place`}
      onSubmit={(e) => void submit(e)}
    >
      <h3 className="govuk-heading-s">Version {base + 1}</h3>
      <Textarea
        label="What kind of place this is"
        name="placeToday"
        required
        minLength={10}
        rows={3}
        value={draft.placeToday}
        onChange={(e) => setDraft({ ...draft, placeToday: e.target.value })}
      />
      <Textarea
        label="What kind of place it wants to be"
        name="ambition"
        required
        minLength={10}
        rows={3}
        value={draft.ambition}
        onChange={(e) => setDraft({ ...draft, ambition: e.target.value })}
      />
      <CommunityStrategyChoice
        strategies={strategies}
        chosen={draft.communityStrategy ?? ''}
        onChange={(id) => setDraft({ ...draft, communityStrategy: id })}
      />
      {draft.claims.map((claim, i) => (
        <ClaimFields
          key={i}
          index={i}
          claim={claim}
          softEvidence={softEvidence}
          onChange={(c) => setClaim(i, c)}
          onRemove={() => setDraft({ ...draft, claims: draft.claims.filter((_, j) => j !== i) })}
        />
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => setDraft({ ...draft, claims: [...draft.claims, { ...EMPTY_CLAIM }] })}
      >
        Add a claim
      </Button>
      {state.error && <ErrorSummary code={state.error.code} problems={[{ text: refusalText(state.error) }]} />}
      {state.error && typeof conflictVersion === 'number' && (
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setBase(conflictVersion);
            setState({ busy: false, error: null });
          }}
        >
          I have read version {conflictVersion}: write mine as version {conflictVersion + 1}
        </Button>
      )}
      <ButtonGroup>
        <Button type="submit" disabled={state.busy}>
          {state.busy ? 'Saving…' : `Save as version ${base + 1}`}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}

function ClaimFields({
  index,
  claim,
  softEvidence,
  onChange,
  onRemove,
}: {
  index: number;
  claim: ClaimDraft;
  softEvidence: SoftEvidenceItem[];
  onChange: (claim: ClaimDraft) => void;
  onRemove: () => void;
}) {
  const toggle = (id: string, on: boolean) =>
    onChange({ ...claim, softEvidence: on ? [...claim.softEvidence, id] : claim.softEvidence.filter((s) => s !== id) });
  return (
    <fieldset className="govuk-fieldset claim">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Claim {index + 1}</legend>
      <Textarea
        label="Statement"
        rows={2}
        value={claim.statement}
        onChange={(e) => onChange({ ...claim, statement: e.target.value })}
      />
      <TextInput
        label="Indicators behind it (codes, comma-separated)"
        hint="For example, NI39, NI41"
        value={claim.indicators}
        onChange={(e) => onChange({ ...claim, indicators: e.target.value })}
      />
      {softEvidence.length > 0 && (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Soft intelligence behind it</legend>
          {softEvidence.map((s) => (
            <Checkbox
              key={s.id}
              label={s.title}
              checked={claim.softEvidence.includes(s.id)}
              onChange={(e) => toggle(s.id, e.target.checked)}
            />
          ))}
        </fieldset>
      )}
      <Button type="button" variant="secondary" onClick={onRemove}>
        Remove claim {index + 1}
      </Button>
    </fieldset>
  );
}
