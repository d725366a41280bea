import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { href } from '../routes';
import { BenchmarkBlock } from './BenchmarkBlock';
import { departments, polarities, themes } from '../labels';
import { formatRelativeChange, formatSlope, formatValue } from './format';
import { BaselineFlag, DirectionFlag, IndicatorName, ReferenceMark } from './Marks';
import { INDICATOR_EVIDENCE, IndicatorEvidence, StatutoryMembershipRow } from './queries';
import { SeriesChart } from './SeriesChart';
import { SeriesTable } from './SeriesTable';

/** One indicator in the area: series and chart, direction of travel with its rule, baseline, benchmark. */
export function IndicatorSection({
  regionCode,
  areaCode,
  indicatorCode,
  focus,
}: {
  regionCode: string;
  areaCode: string;
  indicatorCode: string;
  focus: boolean;
}) {
  const { data, error, loading } = useQuery(INDICATOR_EVIDENCE, {
    variables: { area: areaCode, indicator: indicatorCode },
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const evidence = data?.area?.indicatorEvidence;
  // Choosing another indicator in the profile moves the reader to it; opening the page does not.
  useEffect(() => {
    if (focus && evidence) heading.current?.focus();
  }, [focus, evidence]);
  if (loading && !data)
    return (
      <section className="indicator-detail" aria-busy="true">
        <p className="govuk-body" aria-live="polite">
          Reading {indicatorCode}…
        </p>
      </section>
    );
  if (error || !evidence || !data)
    return (
      <section className="indicator-detail">
        <p className="govuk-body" role="alert">
          {indicatorCode} could not be read: {error?.message ?? 'not found'}.
        </p>
      </section>
    );
  const { indicator, trend, baseline } = evidence;
  return (
    <section className="indicator-detail" aria-labelledby="indicator-heading" data-testid="indicator-detail">
      <h2 className="govuk-heading-m" id="indicator-heading" tabIndex={-1} ref={heading}>
        <IndicatorName indicator={indicator} />
      </h2>
      <p className="govuk-body reference">
        {themes.label(indicator.theme)} <ReferenceMark status={indicator.themeStatus} what="theme" /> ·{' '}
        {indicator.polarity ? polarities.label(indicator.polarity) : 'Better direction unknown'}{' '}
        <ReferenceMark status={indicator.polarityStatus} what="polarity" />
        {indicator.local && <> · local indicator{indicator.definition ? `: ${indicator.definition}` : ''}</>}
        {!indicator.local && (
          <>
            {' '}
            · {indicator.department ? departments.label(indicator.department) : 'Department unknown'}{' '}
            <ReferenceMark status={indicator.departmentStatus} what="department" />
          </>
        )}
      </p>
      <StatutoryMemberships memberships={indicator.statutoryMemberships} />
      <SeriesChart
        title={`${indicator.code} in ${areaCode}: figures of record and projection`}
        series={evidence.series}
        projection={trend.projection}
      />
      <SeriesTable series={evidence.series} rivalLink={href('rival-data', regionCode)} />
      <TrendBlock trend={trend} />
      <div className="block" data-testid="baseline">
        <h3 className="govuk-heading-s">Baseline</h3>
        <p className="govuk-body">
          <BaselineFlag status={baseline.status} />{' '}
          {baseline.value !== null && <strong>{formatValue(baseline.value)}</strong>}{' '}
          {baseline.period && <small className="govuk-body-s">({baseline.period})</small>}
        </p>
      </div>
      <BenchmarkBlock evidence={evidence} areaCode={areaCode} regionAreas={data.areas} />
    </section>
  );
}

/** When the indicator is in the statutory DCSF set, each period with its mark and the reason the platform holds it. */
function StatutoryMemberships({ memberships }: { memberships: StatutoryMembershipRow[] }) {
  if (memberships.length === 0) return null;
  return (
    <ul className="reference" data-testid="statutory-memberships">
      {memberships.map((m) => (
        <li key={m.from}>
          Statutory DCSF target from {m.from}
          {m.to ? ` until ${m.to} (not in force from that day)` : ''}{' '}
          <ReferenceMark status={m.status} what="statutory membership" />
          {m.status !== 'SOURCED' && <small> {m.reason}</small>}
        </li>
      ))}
    </ul>
  );
}

function TrendBlock({ trend }: { trend: IndicatorEvidence['trend'] }) {
  return (
    <div className="block" data-testid="trend">
      <h3 className="govuk-heading-s">Direction of travel</h3>
      <p className="govuk-body">
        <span data-testid="trend-direction">
          <DirectionFlag direction={trend.direction} />
        </span>{' '}
        {trend.slopePerYear !== null && (
          <>
            line moving <span data-testid="trend-slope">{formatSlope(trend.slopePerYear)}</span> (
            {formatRelativeChange(trend.relativeChangePerYear)} of its level),{' '}
          </>
        )}
        fitted on {trend.pointsUsed} {trend.pointsUsed === 1 ? 'period' : 'periods'}.
      </p>
      {trend.projection.length > 0 && (
        <p className="govuk-body">
          Projected if the trend continues:{' '}
          {trend.projection.map((p, i) => (
            <span key={p.period} data-testid={`projection-${p.period}`}>
              {i > 0 && ', '}
              {p.period} <strong>{formatValue(p.value)}</strong>
            </span>
          ))}
          .
        </p>
      )}
      <p className="govuk-body rule">
        <strong>Rule:</strong> {trend.rule}
      </p>
    </div>
  );
}
