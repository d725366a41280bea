import { badInput, ruleViolation } from '@laa/errors';

import { AreaReference } from '@laa/reference-data';
import { DataSource, EntityManager } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementItemType, ChangeAction, ItemChange } from '../entities/agreement-revision';
import { AgreementStage } from '../entities/agreement-stage';
import { Milestone, MilestoneStatus } from '../entities/milestone';
import { ROUND_FIRST_YEAR, ROUND_PERIOD as period, TemplateMilestone } from '../rules/process-map';
import { milestoneLabel, milestoneSnapshot } from './milestone-service';
import { ProcessMapTemplateService } from './process-map-template';
import { RegionAreas } from './region-areas';
import { recordRevision, SignedIn } from './revisions';
import { RoundView } from './round-view';

export interface RoundOpened {
  opened: Agreement[];
  alreadyOpen: string[];
}

/**
 * Starts the round in a region: an agreement per area, at its first stage, with the round's process map
 * template (the source's timetable unless the region changed it) as its milestones.
 */
export class RoundService {
  constructor(
    private readonly db: DataSource,
    private readonly areas: RegionAreas,
    private readonly templates: ProcessMapTemplateService,
  ) {}

  /**
   * Opens the round's agreement of one area of the region for one of its round leads (declared on the operation):
   * NOT_FOUND if no such area, FORBIDDEN outside the region.
   */
  openAgreement(lead: SignedIn, areaCode: string): Promise<Agreement> {
    const area = this.areas.ownArea(areaCode);
    return this.db.transaction(async (manager) => {
      const { milestones } = await this.templates.current(manager);
      const opened = await openIn(manager, lead, area, milestones);
      if (!opened) {
        const existing = await manager.findOneByOrFail(Agreement, { areaCode: area.code, firstYear: ROUND_FIRST_YEAR });
        throw ruleViolation(
          'AGREEMENT_ALREADY_OPEN',
          `${area.name} (${area.code}) already has its ${period} agreement`,
          { agreementId: existing.id },
        );
      }
      return opened;
    });
  }

  /**
   * Opens the agreement of every area of the region that has none, in one transaction (all or none);
   * areas with one are left as they are, so opening again opens nothing.
   */
  openRound(lead: SignedIn, regionCode: string): Promise<RoundOpened> {
    if (regionCode !== this.areas.regionCode) {
      throw badInput(
        `This is region ${this.areas.regionCode}'s service: open region ${regionCode}'s round at its own gateway`,
      );
    }
    return this.db.transaction(async (manager) => {
      const result: RoundOpened = { opened: [], alreadyOpen: [] };
      const { milestones } = await this.templates.current(manager);
      for (const area of this.areas.ofRegion) {
        const opened = await openIn(manager, lead, area, milestones);
        if (opened) result.opened.push(opened);
        else result.alreadyOpen.push(area.code);
      }
      return result;
    });
  }
}

/**
 * Inserts the area's agreement and its process map, recorded as the agreement's first version; null if
 * the area already has one (the unique area and year settle a race between two openers).
 */
async function openIn(
  manager: EntityManager,
  lead: SignedIn,
  area: AreaReference,
  template: readonly TemplateMilestone[],
): Promise<Agreement | null> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(Agreement)
    // Version 0: the opening revision below makes it version 1.
    .values({
      areaCode: area.code,
      regionCode: area.regionCode,
      firstYear: ROUND_FIRST_YEAR,
      stage: AgreementStage.PROCESS_MAP,
      synthetic: false,
      version: 0,
    })
    .orIgnore()
    .returning(['id'])
    .execute();
  const rows = inserted.raw as { id: string }[];
  if (rows.length === 0) return null;
  const agreementId = rows[0].id;
  const milestones = await insertProcessMap(manager, agreementId, template);
  await recordRevision(manager, agreementId, lead, `Opened the ${period} agreement of ${area.name}`, [
    {
      itemType: AgreementItemType.AGREEMENT,
      itemId: agreementId,
      label: 'Agreement',
      action: ChangeAction.ADDED,
      before: null,
      after: { areaCode: area.code, period, stage: AgreementStage.PROCESS_MAP },
    },
    ...milestones.map(milestoneAdded),
  ]);
  return manager.findOneByOrFail(Agreement, { id: agreementId });
}

/** The template's milestones: the process map itself is under way, the rest planned. */
async function insertProcessMap(
  manager: EntityManager,
  agreementId: string,
  template: readonly TemplateMilestone[],
): Promise<Milestone[]> {
  const rows = template.map(({ title, dueOn, owner, stage }) => ({
    agreementId,
    title,
    dueOn,
    owner,
    status: stage === AgreementStage.PROCESS_MAP ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED,
    completedOn: null,
    synthetic: false,
    version: 1,
  }));
  await manager.insert(Milestone, rows);
  return manager.find(Milestone, { where: { agreementId }, order: { dueOn: 'ASC' } });
}

const milestoneAdded = (m: Milestone): ItemChange => ({
  itemType: AgreementItemType.MILESTONE,
  itemId: m.id,
  label: milestoneLabel(m),
  action: ChangeAction.ADDED,
  before: null,
  after: milestoneSnapshot(m),
});

/** The round's services over one reading of the region's areas. */
export function roundServices(
  db: DataSource,
  areas: RegionAreas,
): { round: RoundService; roundView: RoundView; processMap: ProcessMapTemplateService } {
  const processMap = new ProcessMapTemplateService(db, areas);
  return {
    round: new RoundService(db, areas, processMap),
    roundView: new RoundView(db, areas, processMap),
    processMap,
  };
}
