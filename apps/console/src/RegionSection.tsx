import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { ConsoleRegion } from './config';
import { NATIONAL_VIEW, regionalClient } from './regional-client';
import { RegionUnavailable } from './RegionUnavailable';
import { href } from './routes';
import { areaTypes } from './labels';
import { AreaStage, stageLabel } from './stages';

export interface RegionResult {
  code: string;
  status: 'loading' | 'ready' | 'unavailable';
  areas: AreaStage[];
}

const NO_AREAS: AreaStage[] = [];

export function RegionSection({ region, onResult }: { region: ConsoleRegion; onResult: (r: RegionResult) => void }) {
  const client = useMemo(() => regionalClient(region.gatewayUrl), [region.gatewayUrl]);
  const { data, error, loading, refetch } = useQuery(NATIONAL_VIEW, {
    client,
    notifyOnNetworkStatusChange: true,
  });
  const status = loading ? 'loading' : error || !data ? 'unavailable' : 'ready';
  const areas = status === 'ready' && data ? data.areas : NO_AREAS;
  useEffect(() => onResult({ code: region.code, status, areas }), [status, areas, region.code, onResult]);
  const synthetic = areas.some((a) => a.agreement?.synthetic);

  return (
    <section className={`region ${status}`} data-testid={`region-${region.code}`} data-status={status} aria-busy={loading}>
      <header>
        <h2>{region.name}</h2>
        <span className="code">{region.code}</span>
        {status === 'ready' && data && <span className="go">{data.region.governmentOffice} · {areas.length} areas</span>}
        {synthetic && <span className="synthetic" title="Generated demo data, not real agreements">Demo data (synthetic)</span>}
      </header>
      {status === 'loading' && <p aria-live="polite">Asking the regional gateway…</p>}
      {status === 'unavailable' && <RegionUnavailable error={error?.message} onRetry={() => void refetch().catch(() => undefined)} />}
      {status === 'ready' && (
        <table>
          <thead>
            <tr><th scope="col">Area</th><th scope="col">Code</th><th scope="col">Type</th><th scope="col">Agreement stage</th><th scope="col">Evidence</th></tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.code} data-testid={`area-${area.code}`}>
                <th scope="row">{area.agreement ? <a href={href('agreement', region.code, area.agreement.id)}>{area.name}</a> : area.name}</th>
                <td><code>{area.code}</code>{area.gssCode && <small> {area.gssCode}</small>}</td>
                <td>{areaTypes.label(area.type)}</td>
                <td data-testid="stage">{stageLabel(area)}</td>
                <td><a href={href('evidence', region.code, area.code)} aria-label={`Evidence base of ${area.name}`}>Evidence</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
