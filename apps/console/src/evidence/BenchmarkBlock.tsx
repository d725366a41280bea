import { formatValue, quartileLabel } from './format';
import { IndicatorEvidence } from './queries';
import { Table } from '../govuk';

/** The area beside its region, England and its similar areas on one period, with its rank, quartile and the rule. */
export function BenchmarkBlock({
  evidence,
  areaCode,
  regionAreas,
}: {
  evidence: IndicatorEvidence;
  areaCode: string;
  regionAreas: { code: string; name: string }[];
}) {
  const benchmark = evidence.benchmark;
  if (!benchmark)
    return (
      <div className="block" data-testid="benchmark">
        <h3 className="govuk-heading-s">Benchmark</h3>
        <p className="govuk-body">No benchmark: the area has no figure of record for this indicator.</p>
      </div>
    );
  const names = new Map(regionAreas.map((a) => [a.code, a.name]));
  const rows: [string, string, number | null][] = [
    [names.get(areaCode) ?? areaCode, 'benchmark-value', benchmark.value],
    ['Region average', 'benchmark-region', benchmark.regionAverage],
    ['England average', 'benchmark-england', benchmark.englandAverage],
    ['Similar areas average', 'benchmark-similar', benchmark.similarAreasAverage],
  ];
  return (
    <div className="block" data-testid="benchmark">
      <h3 className="govuk-heading-s">Benchmark, {benchmark.period}</h3>
      <Table className="benchmark">
        <tbody className="govuk-table__body">
          {rows.map(([label, testId, value]) => (
            <tr className="govuk-table__row" key={testId}>
              <th className="govuk-table__header" scope="row">
                {label}
              </th>
              <td className="govuk-table__cell" data-testid={testId}>
                {formatValue(value)}
              </td>
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="row">
              Rank in England
            </th>
            <td className="govuk-table__cell">
              {benchmark.rank === null ? (
                <>not ranked</>
              ) : (
                <>
                  <span data-testid="benchmark-rank">{benchmark.rank}</span> of{' '}
                  <span data-testid="benchmark-areas-ranked">{benchmark.areasRanked}</span> areas (1 = best)
                </>
              )}
            </td>
          </tr>
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="row">
              Quartile
            </th>
            <td className="govuk-table__cell" data-testid="benchmark-quartile" data-quartile={benchmark.quartile ?? ''}>
              {quartileLabel(benchmark.quartile)}
            </td>
          </tr>
        </tbody>
      </Table>
      <Table className="similar-areas">
        <caption className="govuk-table__caption govuk-table__caption--m">Similar areas (most alike first)</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="col">
              Rank
            </th>
            <th className="govuk-table__header" scope="col">
              Area
            </th>
            <th className="govuk-table__header" scope="col">
              Distance
            </th>
            <th className="govuk-table__header" scope="col">
              Figure {benchmark.period}
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {benchmark.similarAreas.map((s) => (
            <tr className="govuk-table__row" key={s.neighbourCode}>
              <td className="govuk-table__cell">{s.rank}</td>
              <td className="govuk-table__cell">
                {s.name} <code>{s.neighbourCode}</code>
                {!names.has(s.neighbourCode) && <small className="govuk-body-s"> (another region)</small>}
              </td>
              <td className="govuk-table__cell">{formatValue(s.distance)}</td>
              <td className="govuk-table__cell">{formatValue(s.value)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="govuk-body rule">
        <strong>Rule:</strong> {benchmark.rule}
      </p>
    </div>
  );
}
