import { Theme } from '@laa/domain';
import { DataSource, FindOptionsWhere, In } from 'typeorm';
import { Indicator } from '../entities/indicator';
import { IndicatorRevision } from '../entities/indicator-revision';
import { Observation } from '../entities/observation';

export interface IndicatorFilter {
  includeWithdrawn: boolean;
  theme?: Theme;
  statutoryDcsf?: boolean;
}

/** "NI 31", "ni31" and "31" all mean NI31; local codes are kept as given. */
export function normaliseIndicatorCode(code: string): string {
  const trimmed = code.trim();
  const national = /^(?:NI\s*)?0*(\d{1,3})$/i.exec(trimmed);
  return national ? `NI${Number(national[1])}` : trimmed;
}

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

  observationsOfAreas(areaCodes: readonly string[]): Promise<Observation[]> {
    return this.db
      .getRepository(Observation)
      .find({ where: { areaCode: In([...areaCodes]) }, order: { indicatorCode: 'ASC', period: 'ASC' } });
  }
}

export interface EvidenceServices {
  indicators: IndicatorService;
}
