import { DataSource } from 'typeorm';
import { DirectionOfTravel, Trend } from './trend';
import { BenchmarkFigures } from './benchmark';

export interface StoredTrend extends Trend {
  indicatorCode: string;
  areaCode: string;
  derivedAsOf: Date;
}

export interface StoredBenchmark extends BenchmarkFigures {
  indicatorCode: string;
  areaCode: string;
  period: string;
  topQuartileThreshold: number | null;
  /** Each similar area's figure of record for the period, by its code (null without one). */
  similarAreaValues: Map<string, number | null>;
  derivedAsOf: Date;
}

export interface BenchmarkKey {
  indicatorCode: string;
  areaCode: string;
  period: string;
}

interface TrendRow {
  indicator_code: string;
  area_code: string;
  direction: DirectionOfTravel;
  slope_per_year: number | null;
  relative_change_per_year: number | null;
  points_used: number;
  projection: { period: string; value: number }[];
  derived_as_of: Date;
}

interface BenchmarkRow {
  indicator_code: string;
  area_code: string;
  period: string;
  value: number | null;
  region_average: number | null;
  england_average: number | null;
  similar_areas_average: number | null;
  rank: number | null;
  areas_ranked: number;
  quartile: number | null;
  top_quartile_threshold: number | null;
  similar_areas: { neighbourCode: string; value: number | null }[];
  derived_as_of: Date;
}

/** Rows of an indicator marked due are not current: leave them out, and the reader computes that indicator on the fly. */
const CURRENT = `NOT EXISTS (SELECT 1 FROM evidence.derivation_due d WHERE d.indicator_code IN (x.indicator_code, '*'))`;

/** Reads the derived trends and benchmarks (deriveDueEvidence) by primary key: only those still current. */
export class DerivedEvidenceService {
  constructor(private readonly db: DataSource) {}

  async trends(keys: readonly { indicatorCode: string; areaCode: string }[]): Promise<StoredTrend[]> {
    const rows: TrendRow[] = await this.db.query(
      `SELECT x.* FROM evidence.derived_trend x JOIN unnest($1::text[], $2::text[]) AS k (area_code, indicator_code) USING (area_code, indicator_code)
       WHERE ${CURRENT}`,
      [keys.map((k) => k.areaCode), keys.map((k) => k.indicatorCode)],
    );
    return rows.map((r) => ({
      indicatorCode: r.indicator_code,
      areaCode: r.area_code,
      direction: r.direction,
      slopePerYear: r.slope_per_year,
      relativeChangePerYear: r.relative_change_per_year,
      pointsUsed: r.points_used,
      projection: r.projection,
      derivedAsOf: r.derived_as_of,
    }));
  }

  async benchmarks(keys: readonly BenchmarkKey[]): Promise<StoredBenchmark[]> {
    const rows: BenchmarkRow[] = await this.db.query(
      `SELECT x.* FROM evidence.derived_benchmark x
       JOIN unnest($1::text[], $2::text[], $3::text[]) AS k (area_code, indicator_code, period) USING (area_code, indicator_code, period)
       WHERE ${CURRENT}`,
      [keys.map((k) => k.areaCode), keys.map((k) => k.indicatorCode), keys.map((k) => k.period)],
    );
    return rows.map((r) => ({
      indicatorCode: r.indicator_code,
      areaCode: r.area_code,
      period: r.period,
      value: r.value,
      regionAverage: r.region_average,
      englandAverage: r.england_average,
      similarAreasAverage: r.similar_areas_average,
      rank: r.rank,
      areasRanked: r.areas_ranked,
      quartile: r.quartile,
      topQuartileThreshold: r.top_quartile_threshold,
      similarAreaValues: new Map(r.similar_areas.map((n) => [n.neighbourCode, n.value])),
      derivedAsOf: r.derived_as_of,
    }));
  }
}
