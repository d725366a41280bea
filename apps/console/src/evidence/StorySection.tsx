import { useState } from 'react';
import { ActionForm, text } from '../agreement/ActionForm';
import { href } from '../routes';
import { EvidenceCapabilities } from './capabilities';
import { sortByIndicator } from '../indicator-order';
import { softEvidenceKinds } from '../labels';
import { formatSlope, formatValue, shortDate } from './format';
import { DirectionFlag, IndicatorName, Synthetic } from './Marks';
import { CommunityStrategyLink, RecordCommunityStrategyForm } from './CommunityStrategy';
import { CommunityStrategy, LatestStory, SIGN_OFF_STORY, SoftEvidenceItem, StoryClaim, StoryVersion } from './place-queries';
import { StoryEditor } from './StoryEditor';

/** The story of place: the latest version with each claim's evidence, the LSP's sign-off, the next version, every version. */
export function StorySection({ regionCode, areaCode, latest, versions, softEvidence, strategies, can }: {
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
      <h2 id="story-heading">Story of place</h2>
      {latest ? <StoryView story={latest} regionCode={regionCode} areaCode={areaCode} /> : <p>No story of place has been written yet.</p>}
      <p role="status" aria-live="polite">{saved !== null && !editing ? `Saved as version ${saved}.` : ''}</p>
      {can.signOffStory && latest && !latest.signOff && (
        <ActionForm label="LSP sign-off" submit={`Sign off version ${latest.version} for the LSP`} mutation={SIGN_OFF_STORY}
          variables={(fields) => ({ input: { area: areaCode, version: latest.version, note: text(fields, 'note') ?? '' } })}>
          <label>The LSP's decision (e.g. the board meeting that agreed it) <input name="note" required minLength={3} size={50} /></label>
        </ActionForm>
      )}
      {can.writeStory && !editing && <button type="button" onClick={() => { setSaved(null); setEditing(true); }}>Write version {next}</button>}
      {can.writeStory && editing && (
        <StoryEditor areaCode={areaCode} latest={latest} softEvidence={softEvidence} strategies={strategies} onCancel={() => setEditing(false)} onSaved={(version) => { setSaved(version); setEditing(false); }} />
      )}
      {can.writeStory && <RecordCommunityStrategyForm areaCode={areaCode} />}
      <StoryVersions versions={versions} />
    </section>
  );
}

function StoryView({ story, regionCode, areaCode }: { story: LatestStory; regionCode: string; areaCode: string }) {
  return (
    <article data-testid="story-latest" data-version={story.version}>
      <p data-testid="story-status">
        Version {story.version}, written by {story.writtenBy} on {shortDate(story.writtenAt)} <Synthetic when={story.synthetic} />{' '}
        {story.signOff
          ? <span className="flag ok" data-testid="story-sign-off">Signed off for the LSP by {story.signOff.signedOffBy} on {shortDate(story.signOff.signedOffAt)}: {story.signOff.note}</span>
          : <span className="flag warning" data-testid="story-sign-off">Not yet signed off by the LSP</span>}
      </p>
      <CommunityStrategyLink strategy={story.communityStrategy} />
      <h3>The place today</h3>
      <p className="prose">{story.placeToday}</p>
      <h3>What it wants to be</h3>
      <p className="prose">{story.ambition}</p>
      <h3>Claims and the evidence behind them</h3>
      {story.claims.length === 0 ? <p>No claims.</p> : (
        <ol className="claims" data-testid="story-claims">
          {story.claims.map((claim) => <Claim key={claim.position} claim={claim} link={(code) => href('evidence', regionCode, areaCode, code)} />)}
        </ol>
      )}
    </article>
  );
}

function Claim({ claim, link }: { claim: StoryClaim; link: (code: string) => string }) {
  return (
    <li>
      <p className="statement">{claim.statement}</p>
      {claim.evidence.length + claim.softEvidence.length === 0 && <p className="flag warning">No evidence linked to this claim.</p>}
      <ul className="items">
        {sortByIndicator(claim.evidence, (e) => e.indicator.code).map((e) => {
          const latest = [...e.series].reverse().find((f) => f.value !== null);
          return (
            <li key={e.indicator.code} data-testid={`claim-evidence-${e.indicator.code}`}>
              <a href={link(e.indicator.code)}><IndicatorName indicator={e.indicator} /></a>:{' '}
              {latest ? <>{formatValue(latest.value)} ({latest.period})</> : 'no figure yet'}{' '}
              <DirectionFlag direction={e.trend.direction} /> {e.trend.slopePerYear !== null && <small>{formatSlope(e.trend.slopePerYear)}</small>}{' '}
              <Synthetic when={e.series.some((f) => f.synthetic)} />
            </li>
          );
        })}
        {claim.softEvidence.map((s) => (
          <li key={s.id}>Soft intelligence: <strong>{s.title}</strong> <small>({softEvidenceKinds.label(s.kind)}, {s.source})</small> <Synthetic when={s.synthetic} /></li>
        ))}
      </ul>
    </li>
  );
}

function StoryVersions({ versions }: { versions: StoryVersion[] }) {
  if (versions.length === 0) return null;
  return (
    <div className="block">
      <h3>Every version</h3>
      <ul className="versions" data-testid="story-versions">
        {versions.map((v) => (
          <li key={v.id} data-version={v.version}>
            <details>
              <summary>
                Version {v.version}: {v.writtenBy}, {shortDate(v.writtenAt)} ·{' '}
                {v.signOff ? `signed off by ${v.signOff.signedOffBy} (${v.signOff.note})` : 'not signed off'}
              </summary>
              <p className="prose">{v.placeToday}</p>
              <p className="prose">{v.ambition}</p>
              <ol>{v.claims.map((c) => <li key={c.position}>{c.statement}</li>)}</ol>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
