import { EntityManager } from 'typeorm';
import { FigureChoice } from '../entities/figure-choice';
import { Observation } from '../entities/observation';
import { DatedFigure, figuresOfRecord } from './figures-of-record';

export interface AreaIndicator {
  areaCode: string;
  indicatorCode: string;
}

export interface IndicatorPeriod {
  indicatorCode: string;
  period: string;
}

/** Which rows: a join on (first, second) pairs, or every row of the given indicators (second unused). */
type Pairs =
  | { columns: 'area_code, indicator_code'; first: string[]; second: string[] }
  | { columns: 'indicator_code, period'; first: string[]; second: string[] }
  | { columns: 'indicator_code'; first: string[]; second: never[] }
  | { columns: 'area_code'; first: string[]; second: never[] };

/** A DataSource or a transaction's manager: plain SQL is all these reads need. */
export type Queryable = Pick<EntityManager, 'query'>;

interface ObservationRow {
  id: string;
  indicator_code: string;
  area_code: string;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  ci_lower: number | null;
  ci_upper: number | null;
  source: string;
  published_on: string;
  provisional: boolean;
  synthetic: boolean;
  import_id: string | null;
  loaded_by: string;
}

interface ChoiceRow {
  indicator_code: string;
  area_code: string;
  period: string;
  source: string;
  reason: string;
  chosen_by: string;
  chosen_at: Date;
}

/**
 * Figures of record read as plain rows (also for whole areas and indicators: the evidence profile, the derivation).
 * Reads for Target.stretch: only the figures a suite is judged on (the area's series of each target's
 * indicator, England's figures of each benchmark period), as plain rows. A whole agreement asks for
 * some 50 indicators x 150 areas; hydrating every period of them as entities cost more than the rest
 * of the request together. The figure of record is still decided by figuresOfRecord, the one rule.
 */
export class StretchFiguresService {
  constructor(private readonly db: Queryable) {}

  seriesOf(pairs: readonly AreaIndicator[]): Promise<DatedFigure[]> {
    return this.figures({
      columns: 'area_code, indicator_code',
      first: pairs.map((p) => p.areaCode),
      second: pairs.map((p) => p.indicatorCode),
    });
  }

  englandAt(pairs: readonly IndicatorPeriod[]): Promise<DatedFigure[]> {
    return this.figures({
      columns: 'indicator_code, period',
      first: pairs.map((p) => p.indicatorCode),
      second: pairs.map((p) => p.period),
    });
  }

  /** Every figure of record of whole areas (an area's evidence profile, rival figures). */
  ofAreas(codes: readonly string[]): Promise<DatedFigure[]> {
    return this.figures({ columns: 'area_code', first: [...codes], second: [] });
  }

  /** Every area's figures of record of whole indicators (the derivation of trends and benchmarks). */
  ofIndicators(codes: readonly string[]): Promise<DatedFigure[]> {
    return this.figures({ columns: 'indicator_code', first: [...codes], second: [] });
  }

  private async figures({ columns, first, second }: Pairs): Promise<DatedFigure[]> {
    const [wanted, parameters] =
      columns === 'indicator_code' || columns === 'area_code'
        ? [`JOIN unnest($1::text[]) AS wanted (${columns}) USING (${columns})`, [first]]
        : [`JOIN unnest($1::text[], $2::text[]) AS wanted (${columns}) USING (${columns})`, [first, second]];
    const rows: ObservationRow[] = await this.db.query(
      `SELECT o.id, o.indicator_code, o.area_code, o.period, o.value, o.numerator, o.denominator, o.ci_lower, o.ci_upper, o.source,
         to_char(o.published_on, 'YYYY-MM-DD') AS published_on, o.provisional, o.synthetic, o.import_id, o.loaded_by
       FROM evidence.observation o ${wanted} WHERE o.superseded_at IS NULL`,
      parameters,
    );
    // The latest choice of each figure, as EvidenceService reads it.
    const choices: ChoiceRow[] = await this.db.query(
      `SELECT DISTINCT ON (c.indicator_code, c.area_code, c.period) c.indicator_code, c.area_code, c.period, c.source, c.reason, c.chosen_by, c.chosen_at
       FROM evidence.figure_of_record c ${wanted} ORDER BY c.indicator_code, c.area_code, c.period, c.chosen_at DESC`,
      parameters,
    );
    return figuresOfRecord(rows.map(observationOf), choices.map(choiceOf));
  }
}

function observationOf(row: ObservationRow): Observation {
  return Object.assign(new Observation(), {
    id: row.id,
    indicatorCode: row.indicator_code,
    areaCode: row.area_code,
    period: row.period,
    value: Number(row.value),
    numerator: row.numerator,
    denominator: row.denominator,
    confidenceLower: row.ci_lower,
    confidenceUpper: row.ci_upper,
    source: row.source,
    publishedOn: row.published_on,
    provisional: row.provisional,
    synthetic: row.synthetic,
    importId: row.import_id,
    loadedBy: row.loaded_by,
    supersededAt: null,
  });
}

function choiceOf(row: ChoiceRow): FigureChoice {
  return Object.assign(new FigureChoice(), {
    indicatorCode: row.indicator_code,
    areaCode: row.area_code,
    period: row.period,
    source: row.source,
    reason: row.reason,
    chosenBy: row.chosen_by,
    chosenAt: new Date(row.chosen_at),
  });
}
