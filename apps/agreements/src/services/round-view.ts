import { manyByKey, oneByKey } from '@laa/subgraph';
import { DataSource, In } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { today } from '../entities/date-column';
import { Milestone } from '../entities/milestone';
import { Round, RoundArea } from '../entities/round';
import { ROUND_FIRST_YEAR, ROUND_PERIOD } from '../rules/process-map';
import { standingOf } from '../rules/slippage';
import { templateStanding } from '../rules/template-slippage';
import { ProcessMapTemplateService } from './process-map-template';
import { RegionAreas } from './region-areas';

/** The round of the region at a glance: three statements (its template, agreements, their milestones) however many areas. */
export class RoundView {
  constructor(
    private readonly db: DataSource,
    private readonly areas: RegionAreas,
    private readonly templates: ProcessMapTemplateService,
  ) {}

  /** The round as the region's readers see it (who may read it is declared on the operation). */
  async of(): Promise<Round> {
    const agreements = await this.db
      .getRepository(Agreement)
      .findBy({ regionCode: this.areas.regionCode, firstYear: ROUND_FIRST_YEAR });
    const milestones = agreements.length
      ? await this.db
          .getRepository(Milestone)
          .find({ where: { agreementId: In(agreements.map((a) => a.id)) }, order: { dueOn: 'ASC' } })
      : [];
    const processMap = await this.templates.current();
    const on = today();
    const codes = this.areas.ofRegion.map((area) => area.code);
    const agreementOf = oneByKey(codes, agreements, (a) => a.areaCode);
    // An area without an agreement asks for no milestones: its key matches none.
    const milestonesOf = manyByKey(
      agreementOf.map((a) => a?.id ?? ''),
      milestones,
      (m) => m.agreementId,
    );
    const rows = this.areas.ofRegion.map((area, i): RoundArea => {
      const agreement = agreementOf[i];
      const standing = standingOf(milestonesOf[i], on);
      const stage = agreement?.stage ?? null;
      return {
        area: { code: area.code },
        agreement,
        stage,
        ...standing,
        ...templateStanding(processMap.milestones, stage, on),
      };
    });
    const opened = rows.filter((row) => row.agreement).length;
    return {
      regionCode: this.areas.regionCode,
      period: ROUND_PERIOD,
      processMap,
      areas: rows,
      opened,
      notOpened: rows.length - opened,
    };
  }
}
