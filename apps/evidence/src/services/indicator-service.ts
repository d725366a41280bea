import { Theme } from '@laa/domain';
import { DataSource, FindOptionsWhere, In, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import { Indicator } from '../entities/indicator';
import { IndicatorCorrection } from '../entities/indicator-correction';
import { IndicatorRevision } from '../entities/indicator-revision';
import { StatutoryMembership } from '../entities/statutory-membership';
import { Observation } from '../entities/observation';

export interface IndicatorFilter {
  includeWithdrawn: boolean;
  theme?: Theme;
  statutoryDcsf?: boolean;
}

export { normaliseIndicatorCode } from './indicator-code';

/** Reads indicators, their reference history and their values; batch methods back the DataLoaders. */
export class IndicatorService {
  constructor(private readonly db: DataSource) {}

  list(filter: IndicatorFilter): Promise<Indicator[]> {
    const where: FindOptionsWhere<Indicator> = {};
    if (!filter.includeWithdrawn) where.withdrawn = false;
    if (filter.theme) where.theme = filter.theme;
    if (filter.statutoryDcsf !== undefined) where.statutoryDcsf = filter.statutoryDcsf;
    return this.db.getRepository(Indicator).find({ where, order: { local: 'ASC', number: 'ASC', code: 'ASC' } });
  }

  byCodes(codes: readonly string[]): Promise<Indicator[]> {
    return this.db.getRepository(Indicator).findBy({ code: In([...codes]) });
  }

  revisionsOf(codes: readonly string[]): Promise<IndicatorRevision[]> {
    return this.db
      .getRepository(IndicatorRevision)
      .find({ where: { indicatorCode: In([...codes]) }, order: { revision: 'DESC' } });
  }

  /** The statutory DCSF memberships in force on the day (YYYY-MM-DD), in indicator order. */
  async statutorySetOn(day: string): Promise<StatutoryMembership[]> {
    const inForce = await this.db.getRepository(StatutoryMembership).find({
      where: [
        { from: LessThanOrEqual(day), to: IsNull() },
        { from: LessThanOrEqual(day), to: MoreThan(day) },
      ],
    });
    const number = (code: string) => Number(code.replace(/\D/g, ''));
    return inForce.sort((a, b) => number(a.indicatorCode) - number(b.indicatorCode));
  }

  membershipsOf(codes: readonly string[]): Promise<StatutoryMembership[]> {
    return this.db
      .getRepository(StatutoryMembership)
      .find({ where: { indicatorCode: In([...codes]) }, order: { from: 'ASC' } });
  }

  correctionsOf(codes: readonly string[]): Promise<IndicatorCorrection[]> {
    return this.db
      .getRepository(IndicatorCorrection)
      .find({ where: { indicatorCode: In([...codes]) }, order: { recordedAt: 'DESC' } });
  }

  observationsOfAreas(areaCodes: readonly string[]): Promise<Observation[]> {
    return this.db.getRepository(Observation).find({
      where: { areaCode: In([...areaCodes]), supersededAt: IsNull() },
      order: { indicatorCode: 'ASC', period: 'ASC' },
    });
  }
}
