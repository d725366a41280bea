import { DataSource, EntityManager, In } from 'typeorm';
import { FigureChoice } from '../entities/figure-choice';
import { Observation } from '../entities/observation';
import { ObservationImport } from '../entities/observation-import';
import { RegisteredArea } from '../entities/registered-area';
import { SimilarArea } from '../entities/similar-area';
import { DatedFigure, FigureRef } from './figures-of-record';
import { StretchFiguresService } from './stretch-figures';
import { FIGURE_BOUND } from '../rules/figure-bounds';
import { LatestFigure, Neighbour, similarAreas } from './similar-areas';

type FigureFilter = { areaCode: string[] } | { indicatorCode: string[] };

const FIGURES_IN =
  '(SELECT * FROM unnest(CAST(:indicators AS text[]), CAST(:areas AS text[]), CAST(:periods AS text[])))';
const figureParameters = (figures: readonly FigureRef[]) => ({
  indicators: figures.map((f) => f.indicatorCode),
  areas: figures.map((f) => f.areaCode),
  periods: figures.map((f) => f.period),
});

/** Reads the evidence base: current releases, figures of record, neighbours; batch methods back the DataLoaders. */
export class EvidenceService {
  constructor(private readonly db: DataSource) {}

  /**
   * Figures of record for whole areas or whole indicators (two statements whatever the batch size), read as plain rows:
   * hydrating a whole area's or indicator's releases as entities cost more than the rest of the read. Inside a
   * transaction pass its manager: the embedded database serves one connection's transaction at a time.
   */
  figures(filter: FigureFilter, manager: EntityManager = this.db.manager): Promise<DatedFigure[]> {
    const reads = new StretchFiguresService(manager);
    return 'areaCode' in filter ? reads.ofAreas(filter.areaCode) : reads.ofIndicators(filter.indicatorCode);
  }

  /** Every release of the given figures, superseded ones included, newest first. */
  releasesOf(figures: readonly FigureRef[]): Promise<Observation[]> {
    return this.db
      .getRepository(Observation)
      .createQueryBuilder('o')
      .where(`(o.indicator_code, o.area_code, o.period) IN ${FIGURES_IN}`, figureParameters(figures))
      .orderBy('o.published_on', 'DESC')
      .addOrderBy('o.source')
      .getMany();
  }

  /** Every choice of the figure of record among rival sources, newest first: none is ever deleted. */
  choicesOf(figures: readonly FigureRef[]): Promise<FigureChoice[]> {
    return this.db
      .getRepository(FigureChoice)
      .createQueryBuilder('c')
      .where(`(c.indicator_code, c.area_code, c.period) IN ${FIGURES_IN}`, figureParameters(figures))
      .orderBy('c.chosen_at', 'DESC')
      .getMany();
  }

  neighboursOf(areaCodes: readonly string[]): Promise<SimilarArea[]> {
    return this.db.getRepository(SimilarArea).find({ where: { areaCode: In([...areaCodes]) }, order: { rank: 'ASC' } });
  }

  areas(): Promise<RegisteredArea[]> {
    return this.db.getRepository(RegisteredArea).find({ order: { code: 'ASC' } });
  }

  /** The latest import runs, or only those one loader made. */
  imports(limit: number, loadedBy: string | null): Promise<ObservationImport[]> {
    return this.db
      .getRepository(ObservationImport)
      .find({ where: loadedBy ? { loadedBy } : {}, order: { startedAt: 'DESC' }, take: limit });
  }
}

/**
 * Recomputes every area's similar areas from the latest national figures (sources averaged where
 * they differ: similarity needs no figure of record). Runs after each import. Figures beyond the import's bound
 * (stored before imports refused them) are left out here, where PostgreSQL's average of them would overflow.
 */
export async function refreshSimilarAreas(manager: EntityManager): Promise<number> {
  const rows: { indicator_code: string; area_code: string; value: number }[] = await manager.query(
    `
    SELECT o.indicator_code, o.area_code, avg(o.value) AS value
    FROM evidence.observation o
    JOIN (SELECT indicator_code, area_code, max(period) AS period FROM evidence.observation
          WHERE superseded_at IS NULL AND abs(value) <= $1 GROUP BY indicator_code, area_code) latest USING (indicator_code, area_code, period)
    JOIN evidence.indicator i ON i.code = o.indicator_code AND NOT i.local
    WHERE o.superseded_at IS NULL AND abs(o.value) <= $1
    GROUP BY o.indicator_code, o.area_code`,
    [FIGURE_BOUND],
  );
  const figures: LatestFigure[] = rows.map((r) => ({
    indicatorCode: r.indicator_code,
    areaCode: r.area_code,
    value: Number(r.value),
  }));
  const neighbours = similarAreas(figures);
  // The same neighbours at new distances are updated in place: only a new set of neighbours makes every indicator's
  // benchmarks due again (their similar-area averages), and an unchanged set is left alone.
  if (await sameNeighbours(manager, neighbours)) {
    await manager.query(
      `UPDATE evidence.similar_area s SET distance = n.distance
       FROM unnest($1::text[], $2::int[], $3::float8[]) AS n (area_code, rank, distance)
       WHERE s.area_code = n.area_code AND s.rank = n.rank AND s.distance IS DISTINCT FROM n.distance`,
      [neighbours.map((n) => n.areaCode), neighbours.map((n) => n.rank), neighbours.map((n) => n.distance)],
    );
    return neighbours.length;
  }
  await manager.query('DELETE FROM evidence.similar_area');
  for (let i = 0; i < neighbours.length; i += 1000) {
    const batch = neighbours.slice(i, i + 1000);
    await manager.query(
      `INSERT INTO evidence.similar_area (area_code, rank, neighbour_code, distance)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::float8[])`,
      [
        batch.map((n) => n.areaCode),
        batch.map((n) => n.rank),
        batch.map((n) => n.neighbourCode),
        batch.map((n) => n.distance),
      ],
    );
  }
  return neighbours.length;
}

/** The same areas at the same ranks (distances aside). */
async function sameNeighbours(manager: EntityManager, neighbours: Neighbour[]): Promise<boolean> {
  const stored: Pick<Neighbour, 'areaCode' | 'rank' | 'neighbourCode'>[] = await manager.query(
    'SELECT area_code AS "areaCode", rank, neighbour_code AS "neighbourCode" FROM evidence.similar_area',
  );
  const keys = (list: Pick<Neighbour, 'areaCode' | 'rank' | 'neighbourCode'>[]) =>
    list.map((n) => `${n.areaCode}|${n.rank}|${n.neighbourCode}`).sort();
  const [before, after] = [keys(stored), keys(neighbours)];
  return before.length === after.length && before.every((key, i) => key === after[i]);
}
