import { useState } from 'react';
import { ActionForm, text } from '../agreement/ActionForm';
import { href } from '../routes';
import { EvidenceCapabilities } from './capabilities';
import { sortByIndicator } from '../indicator-order';
import { softEvidenceKinds } from '../labels';
import { formatSlope, formatValue, shortDate } from './format';
import { DirectionFlag, IndicatorName, Synthetic } from './Marks';
import { CommunityStrategyLink, RecordCommunityStrategyForm } from './CommunityStrategy';
import {
  CommunityStrategy,
  LatestStory,
  SIGN_OFF_STORY,
  SoftEvidenceItem,
  StoryClaim,
  StoryVersion,
} from './place-queries';
import { StoryEditor } from './StoryEditor';
import { person } from '../words';
import { Button, NotificationBanner, TextInput } from '../govuk';

/** The story of place: the latest version with each claim's evidence, the LSP's sign-off, the next version, every version. */
export function StorySection({
  regionCode,
  areaCode,
  latest,
  versions,
  softEvidence,
  strategies,
  can,
}: {
  regionCode: string;
  areaCode: string;
  latest: LatestStory | null;
  versions: StoryVersion[];
  softEvidence: SoftEvidenceItem[];
  strategies: CommunityStrategy[];
  can: EvidenceCapabilities;
}) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const next = (latest?.version ?? 0) + 1;
  return (
    <section className="place story" aria-labelledby="story-heading" data-testid="story">
      <h2 className="govuk-heading-m" id="story-heading">
        Story of place
      </h2>
      {latest ? (
        <StoryView story={latest} regionCode={regionCode} areaCode={areaCode} />
      ) : (
        <p className="govuk-body">No story of place has been written yet.</p>
      )}
      {saved !== null && !editing && (
        <NotificationBanner key={saved} success>{`Saved as version ${saved}.`}</NotificationBanner>
      )}
      {can.signOffStory && latest && !latest.signOff && (
        <ActionForm
          label="LSP sign-off"
          submit={`Sign off version ${latest.version} for the LSP`}
          mutation={SIGN_OFF_STORY}
          variables={(fields) => ({
            input: { area: areaCode, version: latest.version, note: text(fields, 'note') ?? '' },
          })}
        >
          <TextInput
            label="The LSP's decision (e.g. the board meeting that agreed it)"
            name="note"
            required
            minLength={3}
            width={20}
          />
        </ActionForm>
      )}
      {can.writeStory && !editing && (
        <Button
          type="button"
          onClick={() => {
            setSaved(null);
            setEditing(true);
          }}
        >
          Write version {next}
        </Button>
      )}
      {can.writeStory && editing && (
        <StoryEditor
          areaCode={areaCode}
          latest={latest}
          softEvidence={softEvidence}
          strategies={strategies}
          onCancel={() => setEditing(false)}
          onSaved={(version) => {
            setSaved(version);
            setEditing(false);
          }}
        />
      )}
      {can.writeStory && <RecordCommunityStrategyForm areaCode={areaCode} />}
      <StoryVersions versions={versions} />
    </section>
  );
}

function StoryView({ story, regionCode, areaCode }: { story: LatestStory; regionCode: string; areaCode: string }) {
  return (
    <article data-testid="story-latest" data-version={story.version}>
      <p className="govuk-body" data-testid="story-status">
        Version {story.version}, written by {person(story.writtenBy)} on {shortDate(story.writtenAt)}{' '}
        <Synthetic when={story.synthetic} />{' '}
        {story.signOff ? (
          <span className="govuk-tag govuk-tag--green flag ok" data-testid="story-sign-off">
            Signed off for the LSP by {person(story.signOff.signedOffBy)} on {shortDate(story.signOff.signedOffAt)}:{' '}
            {story.signOff.note}
          </span>
        ) : (
          <span className="govuk-tag govuk-tag--red flag warning" data-testid="story-sign-off">
            Not yet signed off by the LSP
          </span>
        )}
      </p>
      <CommunityStrategyLink strategy={story.communityStrategy} />
      <h3 className="govuk-heading-s">The place today</h3>
      <p className="govuk-body prose">{story.placeToday}</p>
      <h3 className="govuk-heading-s">What it wants to be</h3>
      <p className="govuk-body prose">{story.ambition}</p>
      <h3 className="govuk-heading-s">Claims and the evidence behind them</h3>
      {story.claims.length === 0 ? (
        <p className="govuk-body">No claims.</p>
      ) : (
        <ol className="govuk-list govuk-list--number claims" data-testid="story-claims">
          {story.claims.map((claim) => (
            <Claim key={claim.position} claim={claim} link={(code) => href('evidence', regionCode, areaCode, code)} />
          ))}
        </ol>
      )}
    </article>
  );
}

function Claim({ claim, link }: { claim: StoryClaim; link: (code: string) => string }) {
  return (
    <li>
      <p className="govuk-body statement">{claim.statement}</p>
      {claim.evidence.length + claim.softEvidence.length === 0 && (
        <p className="govuk-body flag warning">No evidence linked to this claim.</p>
      )}
      <ul className="govuk-list items">
        {sortByIndicator(claim.evidence, (e) => e.indicator.code).map((e) => {
          const latest = [...e.series].reverse().find((f) => f.value !== null);
          return (
            <li key={e.indicator.code} data-testid={`claim-evidence-${e.indicator.code}`}>
              <a className="govuk-link" href={link(e.indicator.code)}>
                <IndicatorName indicator={e.indicator} />
              </a>
              :{' '}
              {latest ? (
                <>
                  {formatValue(latest.value)} ({latest.period})
                </>
              ) : (
                'no figure yet'
              )}{' '}
              <DirectionFlag direction={e.trend.direction} />{' '}
              {e.trend.slopePerYear !== null && (
                <small className="govuk-body-s">{formatSlope(e.trend.slopePerYear)}</small>
              )}{' '}
              <Synthetic when={e.series.some((f) => f.synthetic)} />
            </li>
          );
        })}
        {claim.softEvidence.map((s) => (
          <li key={s.id}>
            Soft intelligence: <strong>{s.title}</strong>{' '}
            <small className="govuk-body-s">
              ({softEvidenceKinds.label(s.kind)}, {s.source})
            </small>{' '}
            <Synthetic when={s.synthetic} />
          </li>
        ))}
      </ul>
    </li>
  );
}

function StoryVersions({ versions }: { versions: StoryVersion[] }) {
  if (versions.length === 0) return null;
  return (
    <div className="block">
      <h3 className="govuk-heading-s">Every version</h3>
      <ul className="govuk-list versions" data-testid="story-versions">
        {versions.map((v) => (
          <li key={v.id} data-version={v.version}>
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">
                  Version {v.version}: {person(v.writtenBy)}, {shortDate(v.writtenAt)} ·{' '}
                  {v.signOff ? `signed off by ${person(v.signOff.signedOffBy)} (${v.signOff.note})` : 'not signed off'}
                </span>
              </summary>
              <p className="govuk-body prose">{v.placeToday}</p>
              <p className="govuk-body prose">{v.ambition}</p>
              <ol className="govuk-list govuk-list--number">
                {v.claims.map((c) => (
                  <li key={c.position}>{c.statement}</li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
