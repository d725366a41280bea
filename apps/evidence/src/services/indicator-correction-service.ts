import { today } from '@laa/database';
import { Department, Polarity } from '@laa/domain';
import { badInput, notFound } from '@laa/errors';
import { readIndicators, statutoryMemberships } from '@laa/reference-data';
import { DataSource, EntityManager } from 'typeorm';
import { Indicator } from '../entities/indicator';
import { CorrectedField, CorrectedValue, IndicatorCorrection } from '../entities/indicator-correction';
import { IndicatorRevision } from '../entities/indicator-revision';
import {
  changedFields,
  MembershipFact,
  membershipsWithCorrections,
  valuesWithCorrections,
} from '../rules/indicator-corrections';
import { referenceValues, replaceMemberships } from '../seeds/reference-indicators';

/** What the steward asks: one field of one national indicator, its new value, a source and the date it holds from. */
export interface CorrectionRequest {
  indicatorCode: string;
  title?: string | null;
  department?: Department | null;
  polarity?: Polarity | null;
  statutoryDcsf?: boolean | null;
  source: string;
  effectiveFrom: string;
}

export interface CorrectionOutcome {
  correction: IndicatorCorrection;
  indicator: Indicator;
  /** False when the same correction was already recorded (sending it again, e.g. to a region that missed it, changes nothing). */
  recorded: boolean;
  /** The indicator's statutory memberships after the correction (agreements keeps a copy of them). */
  memberships: MembershipFact[];
  /** Every correction of the indicator, oldest first (agreements keeps a copy of its polarity and department ones). */
  corrections: IndicatorCorrection[];
}

/** Reads which field the request corrects: exactly one of them. */
export function correctedField(request: CorrectionRequest): { field: CorrectedField; value: CorrectedValue } {
  const given: { field: CorrectedField; value: CorrectedValue | null | undefined }[] = [
    { field: CorrectedField.TITLE, value: typeof request.title === 'string' ? request.title.trim() : request.title },
    { field: CorrectedField.DEPARTMENT, value: request.department },
    { field: CorrectedField.POLARITY, value: request.polarity },
    { field: CorrectedField.STATUTORY_DCSF, value: request.statutoryDcsf },
  ].filter((g) => g.value !== undefined && g.value !== null);
  if (given.length !== 1)
    throw badInput('A correction corrects exactly one of title, department, polarity or statutoryDcsf: give one');
  const [{ field, value }] = given;
  if (value === '') throw badInput('A corrected title cannot be empty');
  return { field, value: value! };
}

function checkSourceAndDate(request: CorrectionRequest, field: CorrectedField): void {
  if (!request.source.trim()) throw badInput('A correction needs its source: where the corrected value comes from');
  const day = request.effectiveFrom;
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
    Number.isNaN(Date.parse(day)) ||
    new Date(day).toISOString().slice(0, 10) !== day
  ) {
    throw badInput(`effectiveFrom must be a date, YYYY-MM-DD (got "${day}")`);
  }
  // Only membership of the statutory set is dated in the data; a title, department or polarity says what the
  // indicator is, so a correction of one holds from a day already come (a future one would sit unapplied).
  if (field !== CorrectedField.STATUTORY_DCSF && day > today()) {
    throw badInput(
      `A correction of the ${field.toLowerCase()} holds from a day not after today (${today()}); only statutory membership is dated ahead`,
    );
  }
}

/** The national data steward's corrections: recorded as effective-dated facts, laid over the reference file, kept as history. */
export class IndicatorCorrectionService {
  constructor(private readonly db: DataSource) {}

  correct(request: CorrectionRequest, correctedBy: string): Promise<CorrectionOutcome> {
    const { field, value } = correctedField(request);
    checkSourceAndDate(request, field);
    return this.db.transaction(async (manager) => {
      // NO KEY UPDATE: an import of observations holds the indicators it names FOR KEY SHARE, and a correction need not wait for it.
      const indicator = await manager.findOne(Indicator, {
        where: { code: request.indicatorCode },
        lock: { mode: 'for_no_key_update' },
      });
      if (!indicator) throw notFound('Indicator', request.indicatorCode);
      if (indicator.local)
        throw badInput(
          `${indicator.code} is a local indicator: its area defines it, the data steward corrects the national set`,
        );
      const same = {
        indicatorCode: indicator.code,
        field,
        source: request.source.trim(),
        effectiveFrom: request.effectiveFrom,
      };
      const earlier = (await manager.findBy(IndicatorCorrection, same)).find((c) => c.value === value);
      const correction =
        earlier ?? (await manager.save(manager.create(IndicatorCorrection, { ...same, value, correctedBy })));
      const applied = await this.applyCorrections(manager, indicator, correction, !earlier);
      return { correction, recorded: !earlier, ...applied };
    });
  }

  /** Lays every correction of the indicator over its reference-file values, in the correction's transaction. */
  private async applyCorrections(
    manager: EntityManager,
    indicator: Indicator,
    correction: IndicatorCorrection,
    isNew: boolean,
  ) {
    const file = readIndicators().find((row) => row.code === indicator.code);
    if (!file) throw notFound('Indicator in the reference file', indicator.code);
    const corrections = await manager.find(IndicatorCorrection, {
      where: { indicatorCode: indicator.code },
      order: { recordedAt: 'ASC' },
    });
    const base = statutoryMemberships([file]);
    const memberships = membershipsWithCorrections(indicator.code, base, corrections);
    const membershipsChanged = await replaceMemberships(manager, indicator.code, memberships);
    const values = valuesWithCorrections(referenceValues(file), corrections, memberships, today());
    const changed = [...changedFields(indicator, values), ...(membershipsChanged ? ['statutoryMemberships'] : [])];
    // Every new correction is a revision, even one dated ahead that changes nothing today: the history says who and why.
    if (changed.length === 0 && !isNew) return { indicator, memberships, corrections };
    const revision = indicator.revision + 1;
    await manager.update(Indicator, { code: indicator.code }, { ...values, revision });
    await manager.getRepository(IndicatorRevision).save({
      indicatorCode: indicator.code,
      revision,
      values: { ...values },
      changedFields: changed,
      origin: `correction ${correction.id}`,
      source: correction.source,
      effectiveFrom: correction.effectiveFrom,
      recordedBy: correction.correctedBy,
    });
    return { indicator: await manager.findOneByOrFail(Indicator, { code: indicator.code }), memberships, corrections };
  }
}
