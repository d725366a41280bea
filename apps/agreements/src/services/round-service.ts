import { RegionCode } from '@laa/domain';
import { forbidden, notFound, ruleViolation } from '@laa/errors';
import { Caller, requireRoundLead } from '@laa/identity';
import { AreaReference, readAreas } from '@laa/reference-data';
import { DataSource, EntityManager } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementItemType, ChangeAction, ItemChange } from '../entities/agreement-revision';
import { AgreementStage } from '../entities/agreement-stage';
import { Milestone, MilestoneStatus } from '../entities/milestone';
import { PROCESS_MAP_TEMPLATE, ROUND_FIRST_YEAR } from '../rules/process-map';
import { milestoneLabel, milestoneSnapshot } from './milestone-service';
import { recordRevision, SignedIn } from './revisions';

const period = `${ROUND_FIRST_YEAR}-${ROUND_FIRST_YEAR + 3}`;

/**
 * Starts the round in a region: an agreement per area, at its first stage, with the source's process
 * map as its milestones. Areas are reference data (the 150 areas of 2008), read once.
 */
export class RoundService {
  private readonly areas: ReadonlyMap<string, AreaReference>;

  constructor(private readonly db: DataSource, private readonly regionCode: RegionCode, areas: AreaReference[] = readAreas()) {
    this.areas = new Map(areas.map((area) => [area.code, area]));
  }

  /** Opens the round's agreement of one area of the region: NOT_FOUND if no such area, FORBIDDEN outside the region. */
  openAgreement(caller: Caller, areaCode: string): Promise<Agreement> {
    const lead = requireRoundLead(caller, this.regionCode);
    const area = this.areaOfRegion(areaCode);
    return this.db.transaction(async (manager) => {
      const opened = await openIn(manager, lead, area);
      if (!opened) {
        const existing = await manager.findOneByOrFail(Agreement, { areaCode: area.code, firstYear: ROUND_FIRST_YEAR });
        throw ruleViolation('AGREEMENT_ALREADY_OPEN', `${area.name} (${area.code}) already has its ${period} agreement`, { agreementId: existing.id });
      }
      return opened;
    });
  }

  private areaOfRegion(code: string): AreaReference {
    const area = this.areas.get(code);
    if (!area) throw notFound('Area', code);
    if (area.regionCode !== this.regionCode) {
      throw forbidden(`${area.name} (${code}) is in region ${area.regionCode}: its own Government Office opens its agreement`);
    }
    return area;
  }
}

/**
 * Inserts the area's agreement and its process map, recorded as the agreement's first version; null if
 * the area already has one (the unique area and year settle a race between two openers).
 */
async function openIn(manager: EntityManager, lead: SignedIn, area: AreaReference): Promise<Agreement | null> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(Agreement)
    // Version 0: the opening revision below makes it version 1.
    .values({ areaCode: area.code, regionCode: area.regionCode, firstYear: ROUND_FIRST_YEAR, stage: AgreementStage.PROCESS_MAP, synthetic: false, version: 0 })
    .orIgnore()
    .returning(['id'])
    .execute();
  const rows = inserted.raw as { id: string }[];
  if (rows.length === 0) return null;
  const agreementId = rows[0].id;
  const milestones = await insertProcessMap(manager, agreementId);
  await recordRevision(manager, agreementId, lead, `Opened the ${period} agreement of ${area.name}`, [
    { itemType: AgreementItemType.AGREEMENT, itemId: agreementId, label: 'Agreement', action: ChangeAction.ADDED, before: null, after: { areaCode: area.code, period, stage: AgreementStage.PROCESS_MAP } },
    ...milestones.map(milestoneAdded),
  ]);
  return manager.findOneByOrFail(Agreement, { id: agreementId });
}

/** The template's milestones: the process map itself is under way, the rest planned. */
async function insertProcessMap(manager: EntityManager, agreementId: string): Promise<Milestone[]> {
  const rows = PROCESS_MAP_TEMPLATE.map(({ title, dueOn, owner, stage }) => ({
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
