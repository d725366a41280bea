import { Polarity, ReferenceStatus, Theme } from '@laa/domain';
import { ruleViolation } from '@laa/errors';
import { DataSource } from 'typeorm';
import { Indicator } from '../entities/indicator';
import { IndicatorRevision } from '../entities/indicator-revision';

export interface LocalIndicatorFields {
  /** The area's own short code; the indicator's code becomes "<area>-<code>", e.g. 00CG-ALC1. */
  code: string;
  title: string;
  definition: string;
  theme: Theme;
  polarity: Polarity | null;
}

/** Local indicators, defined by an area beside the national set and loaded, trended and benchmarked like it. */
export class LocalIndicatorService {
  constructor(private readonly db: DataSource) {}

  async define(areaCode: string, fields: LocalIndicatorFields, definedBy: string): Promise<Indicator> {
    const code = `${areaCode}-${fields.code.toUpperCase()}`;
    return this.db.transaction(async (manager) => {
      if (await manager.getRepository(Indicator).existsBy({ code })) {
        throw ruleViolation('LOCAL_INDICATOR_EXISTS', `Area ${areaCode} already has a local indicator ${code}`);
      }
      const indicator = manager.getRepository(Indicator).create(localIndicator(code, areaCode, fields, definedBy));
      await manager.getRepository(Indicator).insert(indicator);
      const { code: _code, revision, ...values } = indicator;
      const first: Omit<IndicatorRevision, 'id' | 'recordedAt'> = {
        indicatorCode: code,
        revision,
        values,
        changedFields: Object.keys(values),
        origin: `defined by ${definedBy}`,
        source: null,
        effectiveFrom: null,
        recordedBy: definedBy,
      };
      await manager.getRepository(IndicatorRevision).save(first);
      return manager.getRepository(Indicator).findOneByOrFail({ code });
    });
  }
}

/** A local indicator's reference values are the area's own definition: sourced by definition, nothing inferred. */
function localIndicator(code: string, areaCode: string, fields: LocalIndicatorFields, definedBy: string): Indicator {
  return {
    code,
    number: null,
    local: true,
    title: fields.title,
    titleStatus: ReferenceStatus.SOURCED,
    withdrawn: false,
    theme: fields.theme,
    themeStatus: ReferenceStatus.SOURCED,
    handbookAnnex: null,
    handbookAnnexStatus: ReferenceStatus.MISSING,
    department: null,
    departmentStatus: ReferenceStatus.MISSING,
    departmentNote: null,
    polarity: fields.polarity,
    polarityStatus: fields.polarity ? ReferenceStatus.SOURCED : ReferenceStatus.MISSING,
    statutoryDcsf: false,
    statutoryDcsfStatus: ReferenceStatus.SOURCED,
    outcomeGroup: null,
    sources: [`Local indicator defined by the partnership of area ${areaCode}`],
    notes: null,
    ownerArea: areaCode,
    definition: fields.definition,
    definedBy,
    revision: 1,
  };
}
