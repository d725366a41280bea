import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ConsoleConfig, ConsoleRegion } from '../config';
import { regionalClient } from '../regional-client';
import { href } from '../routes';
import { SIGN_OFF_LABELS, SIGN_OFF_ORDER, SIGN_OFF_STAGES, SignOffStageRow } from './sign-off-queries';

/** Every region's sign-off stages: one query to each regional gateway, side by side. */
export function SignOffBoard({ config }: { config: ConsoleConfig }) {
  return (
    <main>
      <header className="page">
        <h1>Sign-off stages</h1>
        <p>From the LSP&apos;s sign-off to Ministers&apos; signature, for every agreement of every region.</p>
      </header>
      {config.regions.map((region) => <RegionSignOff key={region.code} region={region} />)}
    </main>
  );
}

function RegionSignOff({ region }: { region: ConsoleRegion }) {
  const client = useMemo(() => regionalClient(region.gatewayUrl), [region.gatewayUrl]);
  const { data, error, loading } = useQuery<{ signOffStages: SignOffStageRow[] }>(SIGN_OFF_STAGES, { client });
  const rows = data?.signOffStages ?? [];
  const counts = SIGN_OFF_ORDER.map((stage) => [stage, rows.filter((r) => r.stage === stage).length] as const);
  return (
    <section className="region" data-testid={`sign-off-${region.code}`} aria-busy={loading}>
      <header><h2>{region.name}</h2><span className="code">{region.code}</span></header>
      {loading && <p aria-live="polite">Asking the regional gateway…</p>}
      {error && <div className="unavailable" role="alert"><strong>Region unavailable</strong>: {error.message}</div>}
      {data && (
        <>
          <ul className="stages" aria-label={`${region.name} by sign-off stage`}>
            {counts.map(([stage, count]) => <li key={stage}><strong>{count}</strong> {SIGN_OFF_LABELS[stage]}</li>)}
          </ul>
          <table>
            <thead><tr><th scope="col">Area</th><th scope="col">Negotiation</th><th scope="col">Sign-off</th><th scope="col">Last step</th><th scope="col">Recommendation</th><th scope="col">People</th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.areaCode} data-testid={`sign-off-${row.areaCode}`}>
                  <th scope="row">{row.agreement ? <a href={href('sign-off', region.code, row.agreement.id)}>{row.areaName}</a> : row.areaName}</th>
                  <td>{row.negotiationStage ?? 'no agreement'}</td>
                  <td data-testid="sign-off-stage">{SIGN_OFF_LABELS[row.stage]}{row.underReview && <span className="synthetic" title="Cross-GO consistency review open"> under review</span>}</td>
                  <td>{row.lastStepAt ? row.lastStepAt.slice(0, 10) : '–'}</td>
                  <td>{row.agreement && SIGN_OFF_ORDER.indexOf(row.stage) >= SIGN_OFF_ORDER.indexOf('RD_RECOMMENDED') ? <a href={href('recommendation', region.code, row.agreement.id)}>Read</a> : '–'}</td>
                  <td><a href={href('people', region.code, row.areaCode)}>People</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
