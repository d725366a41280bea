import { conflict, notFound, ruleViolation } from '@laa/errors';
import { DataSource, EntityManager } from 'typeorm';
import { FigureChoice } from '../entities/figure-choice';
import { deriveDueEvidence } from './derivation';
import { EvidenceService } from './evidence-service';
import { DatedFigure } from './figures-of-record';

export interface FigureChoiceInput {
  indicatorCode: string;
  areaCode: string;
  period: string;
  source: string;
  reason: string;
  /** The choice being replaced (its chosenAt), so two people cannot silently overwrite each other. */
  replacesChoiceAt: Date | null;
}

/** Rival data: figures two sources disagree on, and the recorded choice of the figure of record. */
export class RivalFigureService {
  constructor(
    private readonly db: DataSource,
    private readonly evidence: EvidenceService,
  ) {}

  /** Rival figures of the given areas (or every area), unresolved only unless open is false. */
  async rivalFigures(areaCodes: string[] | null, open: boolean): Promise<DatedFigure[]> {
    const rows: { area_code: string }[] = await this.db.query(
      `SELECT DISTINCT area_code FROM (
         SELECT area_code FROM evidence.observation WHERE superseded_at IS NULL AND ($1::text[] IS NULL OR area_code = ANY($1))
         GROUP BY indicator_code, area_code, period HAVING count(DISTINCT value) > 1) rival`,
      [areaCodes],
    );
    if (rows.length === 0) return [];
    const figures = await this.evidence.figures({ areaCode: rows.map((r) => r.area_code) });
    return figures
      .filter((f) => f.rival && (!open || f.unresolved))
      .sort(
        (a, b) =>
          a.areaCode.localeCompare(b.areaCode) ||
          a.indicatorCode.localeCompare(b.indicatorCode) ||
          a.period.localeCompare(b.period),
      );
  }

  /** Records the figure of record, in one transaction; a stale replacesChoiceAt is a CONFLICT. */
  async choose(input: FigureChoiceInput, chosenBy: string): Promise<DatedFigure> {
    await this.db.transaction(async (manager) => {
      // Serialise choosers of one figure: the check and the insert must see the same latest choice.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `${input.indicatorCode}|${input.areaCode}|${input.period}`,
      ]);
      const figure = await this.figure(input, manager);
      if (!figure.rival)
        throw ruleViolation(
          'NOT_RIVAL',
          `Every source agrees on ${input.indicatorCode} for ${input.areaCode} in ${input.period}: there is nothing to choose`,
        );
      if (!figure.candidates.some((c) => c.source === input.source)) {
        throw ruleViolation(
          'UNKNOWN_SOURCE',
          `No current release from "${input.source}"; the sources are: ${figure.candidates.map((c) => c.source).join(', ')}`,
        );
      }
      const current = figure.choice;
      if (current && current.chosenAt.getTime() !== input.replacesChoiceAt?.getTime()) {
        throw conflict(
          `${current.chosenBy} chose "${current.source}" at ${current.chosenAt.toISOString()}: pass replacesChoiceAt to change that choice`,
          {
            source: current.source,
            chosenBy: current.chosenBy,
            chosenAt: current.chosenAt.toISOString(),
          },
        );
      }
      await manager.getRepository(FigureChoice).insert({ ...pick(input), chosenBy, chosenAt: new Date() });
      // The indicator's trends and benchmarks follow the choice in the same transaction: one indicator, every area.
      await deriveDueEvidence(manager, [input.indicatorCode]);
    });
    return this.figure(input);
  }

  private async figure(
    input: Pick<FigureChoiceInput, 'indicatorCode' | 'areaCode' | 'period'>,
    manager?: EntityManager,
  ): Promise<DatedFigure> {
    const figures = await this.evidence.figures({ areaCode: [input.areaCode] }, manager);
    const figure = figures.find((f) => f.indicatorCode === input.indicatorCode && f.period === input.period);
    if (!figure) throw notFound('Figure', `${input.indicatorCode} ${input.areaCode} ${input.period}`);
    return figure;
  }
}

const pick = ({ indicatorCode, areaCode, period, source, reason }: FigureChoiceInput) => ({
  indicatorCode,
  areaCode,
  period,
  source,
  reason,
});
