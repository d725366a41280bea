import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { ConsoleRegion } from './config';
import { CsvButton } from './CsvButton';
import { areaTypes } from './labels';
import { ChoicesData, withAreaNames } from './national-totals';
import { RegionFailure, regionFailureOf } from './region-failure';
import { NATIONAL_VIEW, regionalClient } from './regional-client';
import { RegionUnavailable } from './RegionUnavailable';
import { href } from './routes';
import { Grant } from './session';
import { AreaStage, stageLabel } from './stages';

export interface RegionResult {
  code: string;
  name: string;
  status: 'loading' | 'ready' | 'unavailable';
  areas: AreaStage[];
  choices: ChoicesData | null;
  failure: RegionFailure | null;
}

const NO_AREAS: AreaStage[] = [];
const NATIONAL = new Set(['DEPARTMENT_ANALYST', 'MINISTER']);
const REGIONAL = new Set([
  'RELATIONSHIP_MANAGER',
  'THEME_LEAD',
  'DEPUTY_REGIONAL_DIRECTOR',
  'REGIONAL_DIRECTOR',
  'GO_ANALYST',
]);

/** Drafts count for those who may read the region's whole round (the gateway checks it again); signed agreements for everyone else. */
export function choiceScope(grants: Grant[], regionCode: string): 'ALL' | 'SIGNED' {
  return grants.some((g) => NATIONAL.has(g.role) || (REGIONAL.has(g.role) && g.region === regionCode))
    ? 'ALL'
    : 'SIGNED';
}

export function RegionSection({
  region,
  grants,
  stageFilter,
  onResult,
}: {
  region: ConsoleRegion;
  grants: Grant[];
  /** Stages (as the national view names them) whose areas are shown; empty shows all. */
  stageFilter: ReadonlySet<string>;
  onResult: (r: RegionResult) => void;
}) {
  const client = useMemo(() => regionalClient(region.gatewayUrl), [region.gatewayUrl]);
  const scope = choiceScope(grants, region.code);
  // errorPolicy all: the areas still show if only the totals are refused (a token that lapsed between two requests).
  const { data, error, loading, refetch } = useQuery(NATIONAL_VIEW, {
    client,
    variables: { scope },
    notifyOnNetworkStatusChange: true,
    errorPolicy: 'all',
  });
  const status = loading ? 'loading' : data?.areas ? 'ready' : 'unavailable';
  const areas = status === 'ready' && data ? data.areas : NO_AREAS;
  const choices = useMemo(
    () => (status === 'ready' && data?.indicatorChoices ? withAreaNames(data.indicatorChoices, data.areas) : null),
    [status, data],
  );
  const failure = useMemo(() => (error ? regionFailureOf(error) : null), [error]);
  useEffect(
    () =>
      onResult({
        code: region.code,
        name: region.name,
        status,
        areas,
        choices,
        failure: status === 'unavailable' ? (failure ?? { kind: 'error', reason: 'no data' }) : null,
      }),
    [status, areas, choices, failure, region.code, region.name, onResult],
  );
  const synthetic = areas.some((a) => a.agreement?.synthetic);
  const shown = stageFilter.size ? areas.filter((a) => stageFilter.has(stageLabel(a))) : areas;

  return (
    <section
      className={`region ${status}`}
      data-testid={`region-${region.code}`}
      data-status={status}
      data-failure={status === 'unavailable' ? failure?.kind : undefined}
      aria-busy={loading}
    >
      <header>
        <h2 className="govuk-heading-m">{region.name}</h2>
        <span className="code">{region.code}</span>
        {status === 'ready' && data && (
          <span className="go">
            {data.region.governmentOffice} · {areas.length} areas
          </span>
        )}
        {synthetic && (
          <strong className="govuk-tag govuk-tag--yellow synthetic" title="Generated demo data, not real agreements">
            Demo data (synthetic)
          </strong>
        )}
      </header>
      {status === 'loading' && <p aria-live="polite">Asking the regional gateway…</p>}
      {status === 'unavailable' && (
        <RegionUnavailable failure={failure ?? undefined} onRetry={() => void refetch().catch(() => undefined)} />
      )}
      {status === 'ready' && !choices && error && (
        <p className="govuk-body-s" role="status">
          Totals not included for this region: {regionFailureOf(error).reason}
        </p>
      )}
      {status === 'ready' && (
        <AreaTable regionCode={region.code} regionName={region.name} areas={shown} total={areas.length} />
      )}
    </section>
  );
}

function AreaTable({
  regionCode,
  regionName,
  areas,
  total,
}: {
  regionCode: string;
  regionName: string;
  areas: AreaStage[];
  total: number;
}) {
  const header = ['Area', 'Code', 'GSS code', 'Type', 'Agreement stage'];
  const rows = areas.map((a) => [a.name, a.code, a.gssCode ?? '', areaTypes.label(a.type), stageLabel(a)]);
  return (
    <div className="table-box">
      {areas.length < total && (
        <p className="govuk-body-s" role="status">
          {areas.length} of {total} areas at the chosen stages.
        </p>
      )}
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Areas of {regionName} and their agreements' stage</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Area
            </th>
            <th scope="col" className="govuk-table__header">
              Code
            </th>
            <th scope="col" className="govuk-table__header">
              Type
            </th>
            <th scope="col" className="govuk-table__header">
              Agreement stage
            </th>
            <th scope="col" className="govuk-table__header">
              Evidence
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {areas.map((area) => (
            <tr key={area.code} className="govuk-table__row" data-testid={`area-${area.code}`}>
              <th scope="row" className="govuk-table__header">
                {area.agreement ? (
                  <a className="govuk-link" href={href('agreement', regionCode, area.agreement.id)}>
                    {area.name}
                  </a>
                ) : (
                  area.name
                )}
              </th>
              <td className="govuk-table__cell">
                <code>{area.code}</code>
                {area.gssCode && <small> {area.gssCode}</small>}
              </td>
              <td className="govuk-table__cell">{areaTypes.label(area.type)}</td>
              <td className="govuk-table__cell" data-testid="stage">
                {stageLabel(area)}
              </td>
              <td className="govuk-table__cell">
                <a
                  className="govuk-link"
                  href={href('evidence', regionCode, area.code)}
                  aria-label={`Evidence base of ${area.name}`}
                >
                  Evidence
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton table={`${regionName} areas`} filename={`areas-${regionCode}.csv`} header={header} rows={rows} />
    </div>
  );
}
