import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { href } from '../routes';
import { BenchmarkBlock } from './BenchmarkBlock';
import { polarities, themes } from '../labels';
import { formatRelativeChange, formatSlope, formatValue } from './format';
import { BaselineFlag, DirectionFlag, IndicatorName, ReferenceMark } from './Marks';
import { INDICATOR_EVIDENCE, IndicatorEvidence } from './queries';
import { SeriesChart } from './SeriesChart';
import { SeriesTable } from './SeriesTable';

/** One indicator in the area: series and chart, direction of travel with its rule, baseline, benchmark. */
export function IndicatorSection({ regionCode, areaCode, indicatorCode, focus }: { regionCode: string; areaCode: string; indicatorCode: string; focus: boolean }) {
  const { data, error, loading } = useQuery(INDICATOR_EVIDENCE, { variables: { area: areaCode, indicator: indicatorCode } });
  const heading = useRef<HTMLHeadingElement>(null);
  const evidence = data?.area?.indicatorEvidence;
  // Choosing another indicator in the profile moves the reader to it; opening the page does not.
  useEffect(() => {
    if (focus && evidence) heading.current?.focus();
  }, [focus, evidence]);
  if (loading && !data) return <section className="indicator-detail" aria-busy="true"><p aria-live="polite">Reading {indicatorCode}…</p></section>;
  if (error || !evidence || !data) return <section className="indicator-detail"><p role="alert">{indicatorCode} could not be read: {error?.message ?? 'not found'}.</p></section>;
  const { indicator, trend, baseline } = evidence;
  return (
    <section className="indicator-detail" aria-labelledby="indicator-heading" data-testid="indicator-detail">
      <h2 id="indicator-heading" tabIndex={-1} ref={heading}><IndicatorName indicator={indicator} /></h2>
      <p className="reference">
        {themes.label(indicator.theme)} <ReferenceMark status={indicator.themeStatus} what="theme" /> · {indicator.polarity ? polarities.label(indicator.polarity) : 'Better direction unknown'} <ReferenceMark status={indicator.polarityStatus} what="polarity" />
        {indicator.local && <> · local indicator{indicator.definition ? `: ${indicator.definition}` : ''}</>}
      </p>
      <SeriesChart title={`${indicator.code} in ${areaCode}: figures of record and projection`} series={evidence.series} projection={trend.projection} />
      <SeriesTable series={evidence.series} rivalLink={href('rival-data', regionCode)} />
      <TrendBlock trend={trend} />
      <div className="block" data-testid="baseline">
        <h3>Baseline</h3>
        <p><BaselineFlag status={baseline.status} /> {baseline.value !== null && <strong>{formatValue(baseline.value)}</strong>} {baseline.period && <small>({baseline.period})</small>}</p>
      </div>
      <BenchmarkBlock evidence={evidence} areaCode={areaCode} regionAreas={data.areas} />
    </section>
  );
}

function TrendBlock({ trend }: { trend: IndicatorEvidence['trend'] }) {
  return (
    <div className="block" data-testid="trend">
      <h3>Direction of travel</h3>
      <p>
        <span data-testid="trend-direction"><DirectionFlag direction={trend.direction} /></span>{' '}
        {trend.slopePerYear !== null && <>line moving <span data-testid="trend-slope">{formatSlope(trend.slopePerYear)}</span> ({formatRelativeChange(trend.relativeChangePerYear)} of its level), </>}
        fitted on {trend.pointsUsed} {trend.pointsUsed === 1 ? 'period' : 'periods'}.
      </p>
      {trend.projection.length > 0 && (
        <p>Projected if the trend continues: {trend.projection.map((p, i) => (
          <span key={p.period} data-testid={`projection-${p.period}`}>{i > 0 && ', '}{p.period} <strong>{formatValue(p.value)}</strong></span>
        ))}.</p>
      )}
      <p className="rule"><strong>Rule:</strong> {trend.rule}</p>
    </div>
  );
}
