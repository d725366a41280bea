import { formatValue, quartileLabel } from './format';
import { IndicatorEvidence } from './queries';

/** The area beside its region, England and its similar areas on one period, with its rank, quartile and the rule. */
export function BenchmarkBlock({ evidence, areaCode, regionAreas }: {
  evidence: IndicatorEvidence;
  areaCode: string;
  regionAreas: { code: string; name: string }[];
}) {
  const benchmark = evidence.benchmark;
  if (!benchmark) return <div className="block" data-testid="benchmark"><h3>Benchmark</h3><p>No benchmark: the area has no figure of record for this indicator.</p></div>;
  const names = new Map(regionAreas.map((a) => [a.code, a.name]));
  const rows: [string, string, number | null][] = [
    [names.get(areaCode) ?? areaCode, 'benchmark-value', benchmark.value],
    ['Region average', 'benchmark-region', benchmark.regionAverage],
    ['England average', 'benchmark-england', benchmark.englandAverage],
    ['Similar areas average', 'benchmark-similar', benchmark.similarAreasAverage],
  ];
  return (
    <div className="block" data-testid="benchmark">
      <h3>Benchmark, {benchmark.period}</h3>
      <table className="benchmark">
        <tbody>
          {rows.map(([label, testId, value]) => (
            <tr key={testId}><th scope="row">{label}</th><td data-testid={testId}>{formatValue(value)}</td></tr>
          ))}
          <tr>
            <th scope="row">Rank in England</th>
            <td>{benchmark.rank === null ? <>not ranked</> : <><span data-testid="benchmark-rank">{benchmark.rank}</span> of <span data-testid="benchmark-areas-ranked">{benchmark.areasRanked}</span> areas (1 = best)</>}</td>
          </tr>
          <tr><th scope="row">Quartile</th><td data-testid="benchmark-quartile" data-quartile={benchmark.quartile ?? ''}>{quartileLabel(benchmark.quartile)}</td></tr>
        </tbody>
      </table>
      <table className="similar-areas">
        <caption>Similar areas (most alike first)</caption>
        <thead><tr><th scope="col">Rank</th><th scope="col">Area</th><th scope="col">Distance</th><th scope="col">Figure {benchmark.period}</th></tr></thead>
        <tbody>
          {benchmark.similarAreas.map((s) => (
            <tr key={s.neighbourCode}>
              <td>{s.rank}</td>
              <td>{s.name} <code>{s.neighbourCode}</code>{!names.has(s.neighbourCode) && <small> (another region)</small>}</td>
              <td>{formatValue(s.distance)}</td>
              <td>{formatValue(s.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="rule"><strong>Rule:</strong> {benchmark.rule}</p>
    </div>
  );
}
