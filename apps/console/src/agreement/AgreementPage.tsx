import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ConsoleConfig } from '../config';
import { regionalClient } from '../regional-client';
import { href } from '../routes';
import { AGREEMENT_PAGE, AgreementPageData, baselineText, contributionsOf, KIND_LABELS, orderTargets } from './agreement-query';

/** One agreement as its negotiators see it: targets (placeholders visible), open points with their age, history. */
export function AgreementPage({ config, regionCode, agreementId }: { config: ConsoleConfig; regionCode: string; agreementId: string }) {
  const region = config.regions.find((r) => r.code === regionCode);
  const client = useMemo(() => (region ? regionalClient(region.gatewayUrl) : null), [region]);
  const { data, error, loading } = useQuery<AgreementPageData>(AGREEMENT_PAGE, { client: client ?? undefined, variables: { id: agreementId }, skip: !client });
  if (!region) return <p role="alert">Unknown region {regionCode}.</p>;
  if (loading) return <p aria-live="polite">Asking the {region.name} gateway…</p>;
  const code = error?.message ?? '';
  if (error || !data?.agreement) {
    return (
      <section className="agreement" role="alert">
        <p><a href={href('')}>National view</a></p>
        <p>{/Sign in|roles do not cover/.test(code) ? 'Draft agreements are for the area\'s partnership, its Government Office and central departments: sign in with a role that covers this area.' : `The agreement could not be read: ${code || 'not found'}.`}</p>
      </section>
    );
  }
  const agreement = data.agreement;
  return (
    <section className="agreement" data-testid="agreement-page">
      <p><a href={href('')}>National view</a> › {region.name}</p>
      <header>
        <h2>{agreement.area.name} <code>{agreement.area.code}</code>: agreement {agreement.period}</h2>
        <span>Stage {agreement.stage} · version {agreement.version}</span>
        {agreement.synthetic && <span className="synthetic" title="Generated demo data, not a real agreement">Demo data (synthetic)</span>}
      </header>
      <Priorities agreement={agreement} />
      <TargetsTable targets={agreement.targets} />
      <Coverage coverage={agreement.coverage} />
      <OpenPoints points={agreement.negotiationPoints} />
      <ProcessMap milestones={agreement.milestones} />
      <History revisions={agreement.history} />
    </section>
  );
}

function TargetsTable({ targets }: { targets: NonNullable<AgreementPageData['agreement']>['targets'] }) {
  const ordered = orderTargets(targets);
  const placeholders = targets.filter((t) => t.placeholder).length;
  return (
    <>
      <h3>Targets ({targets.length}; {placeholders} placeholders)</h3>
      <table data-testid="targets">
        <thead>
          <tr><th scope="col">Kind</th><th scope="col">Indicator</th><th scope="col">Baseline</th><th scope="col">2008/09</th><th scope="col">2009/10</th><th scope="col">2010/11</th><th scope="col">Lead partner</th><th scope="col">Open points</th></tr>
        </thead>
        <tbody>
          {ordered.map((t) => (
            <tr key={t.id} className={t.placeholder ? 'placeholder' : undefined} data-testid={`target-${t.indicator?.code ?? t.id}`}>
              <td>{KIND_LABELS[t.kind]}</td>
              <th scope="row"><code>{t.indicator?.code}</code> {t.indicator?.title ?? t.localIndicatorTitle ?? ''}{t.synthetic && <span className="synthetic">synthetic</span>}</th>
              <td>{baselineText(t)}</td>
              {[0, 1, 2].map((year) => <td key={year}>{t.levels[year] ?? '–'}</td>)}
              <td>{t.leadPartner?.organisation ?? '–'}</td>
              <td>{t.openNegotiationPoints.length || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function OpenPoints({ points }: { points: NonNullable<AgreementPageData['agreement']>['negotiationPoints'] }) {
  return (
    <>
      <h3>Open negotiation points ({points.length})</h3>
      {points.length === 0 ? <p>None open.</p> : (
        <table data-testid="open-points">
          <thead><tr><th scope="col">Point</th><th scope="col">Against</th><th scope="col">Raised by</th><th scope="col">Status</th><th scope="col">Age (days)</th></tr></thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.title}</th>
                <td>{p.subjectKind.toLowerCase()}{p.subjectKind === 'INDICATOR' && p.subjectRef ? ` ${p.subjectRef}` : ''}</td>
                <td>{p.raisedBy.name}{p.department ? ` (${p.department}, through the GO)` : ''}</td>
                <td>{p.status}</td>
                <td>{p.ageInDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function History({ revisions }: { revisions: NonNullable<AgreementPageData['agreement']>['history'] }) {
  return (
    <>
      <h3>History</h3>
      {revisions.length === 0 ? <p>No changes recorded since the draft was started.</p> : (
        <ol reversed data-testid="history">
          {revisions.map((r) => (
            <li key={r.version}>version {r.version}: {r.summary}, by {r.changedBy.name} on {new Date(r.changedAt).toLocaleString('en-GB')}</li>
          ))}
        </ol>
      )}
    </>
  );
}

type Loaded = NonNullable<AgreementPageData['agreement']>;

function Priorities({ agreement }: { agreement: Loaded }) {
  if (agreement.priorities.length === 0) return <><h3>Priority outcomes</h3><p>None recorded yet.</p></>;
  return (
    <>
      <h3>Priority outcomes ({agreement.priorities.length})</h3>
      <ul data-testid="priorities">
        {agreement.priorities.map((p) => {
          const contributes = contributionsOf(p.id, agreement.priorities, agreement.priorityGraph.edges);
          return (
            <li key={p.id}>
              <strong>{p.title}</strong> · tier {p.tier ?? 'not assessed'} · {p.criteriaMet.length} criteria met{p.assessedBy ? ` (assessed by ${p.assessedBy.name})` : ''}
              {contributes.length > 0 && <> · contributes to {contributes.join(', ')}</>}
              {p.synthetic && <span className="synthetic">synthetic</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Coverage({ coverage }: { coverage: Loaded['coverage'] }) {
  return (
    <p data-testid="coverage">
      Coverage: {coverage.themes.map((t) => `${t.theme.toLowerCase().replace(/_/g, ' ')} ${t.targets}`).join(' · ')}
      {coverage.themesWithoutTargets.length > 0 && <strong> (no target in {coverage.themesWithoutTargets.length} theme{coverage.themesWithoutTargets.length > 1 ? 's' : ''})</strong>}
    </p>
  );
}

function ProcessMap({ milestones }: { milestones: Loaded['milestones'] }) {
  return (
    <>
      <h3>Process map</h3>
      {milestones.length === 0 ? <p>No milestones agreed yet.</p> : (
        <table data-testid="milestones">
          <thead><tr><th scope="col">Milestone</th><th scope="col">Due</th><th scope="col">Owner</th><th scope="col">Status</th><th scope="col">Slippage (days)</th></tr></thead>
          <tbody>
            {milestones.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.title}{m.synthetic && <span className="synthetic">synthetic</span>}</th>
                <td>{m.dueOn}</td><td>{m.owner}</td><td>{m.status}</td><td>{m.slippageDays || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
