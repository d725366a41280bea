import { useId } from 'react';
import { ChartFigure, seriesChart } from './chart';
import { formatValue } from './format';

/** The figures of record as a small line, the trend's projection dashed beyond them; the table beside it has the numbers. */
export function SeriesChart({
  title,
  series,
  projection,
}: {
  title: string;
  series: ChartFigure[];
  projection: { period: string; value: number }[];
}) {
  const id = useId();
  const chart = seriesChart(series, projection);
  if (!chart) return <p className="govuk-body no-figures">No figures of record to chart yet.</p>;
  const { plot } = chart;
  const described = chart.points
    .map((p) => `${p.period} ${formatValue(p.value)}${p.provisional ? ' (provisional)' : ''}`)
    .join(', ');
  const projected = chart.projectionPoints.map((p) => `${p.period} ${formatValue(p.value)}`).join(', ');
  return (
    <figure className="series-chart">
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        style={{ maxWidth: chart.width }}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          Figures of record: {described || 'none'}. {projected && `Projected: ${projected}.`}
        </desc>
        {chart.yTicks.map((t) => (
          <g key={t.label} className="tick">
            <line x1={plot.left} x2={plot.right} y1={t.position} y2={t.position} />
            <text x={plot.left - 6} y={t.position + 4} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        {chart.xTicks.map((t) => (
          <text key={t.label} className="tick" x={t.position} y={plot.bottom + 18} textAnchor="middle">
            {t.label}
          </text>
        ))}
        {chart.recordPaths.map((d) => (
          <path key={d} d={d} className="record" />
        ))}
        {chart.projectionPath && <path d={chart.projectionPath} className="projection" data-testid="projection-line" />}
        {chart.points.map((p) => (
          <circle key={p.period} cx={p.x} cy={p.y} r={4} className={p.provisional ? 'point provisional' : 'point'}>
            <title>{`${p.period}: ${formatValue(p.value)}${p.provisional ? ' (provisional)' : ''}`}</title>
          </circle>
        ))}
        {chart.projectionPoints.map((p) => (
          <rect key={p.period} x={p.x - 3} y={p.y - 3} width={6} height={6} className="projected">
            <title>{`${p.period}: ${formatValue(p.value)} if the trend continues`}</title>
          </rect>
        ))}
      </svg>
      <figcaption>
        Solid line: figures of record (hollow dot: provisional). Dashed: the trend projected over the agreement years
        2008/09 to 2010/11.
      </figcaption>
    </figure>
  );
}
