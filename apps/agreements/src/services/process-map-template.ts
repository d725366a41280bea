import { conflict } from '@laa/errors';
import { SignedIn } from '@laa/identity';
import { DataSource, EntityManager } from 'typeorm';
import { RoundProcessMap, RoundProcessMapRow } from '../entities/round-process-map';
import { PROCESS_MAP_TEMPLATE, ROUND_FIRST_YEAR, TemplateMilestone } from '../rules/process-map';
import { RegionAreas } from './region-areas';

const byDueDate = (milestones: readonly TemplateMilestone[]) =>
  [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));

/**
 * The round's process map template: the source's timetable (priorities by November, indicators in January, targets
 * by spring) until the region's round leads change it. Agreements opened after take it; those opened before keep theirs.
 */
export class ProcessMapTemplateService {
  constructor(
    private readonly db: DataSource,
    private readonly areas: RegionAreas,
  ) {}

  /** The template as it stands, read in the caller's transaction when given one. */
  async current(manager: EntityManager = this.db.manager): Promise<RoundProcessMap> {
    const row = await manager.findOneBy(RoundProcessMapRow, { firstYear: ROUND_FIRST_YEAR });
    if (!row)
      return {
        milestones: byDueDate(PROCESS_MAP_TEMPLATE),
        fromSource: true,
        version: 0,
        changedBy: null,
        changedAt: null,
      };
    return {
      milestones: row.milestones,
      fromSource: false,
      version: row.version,
      changedBy: row.changedBy,
      changedAt: row.changedAt,
    };
  }

  /** A round lead replaces the template against the version read (0 for the source's); CONFLICT if someone changed it since. */
  set(lead: SignedIn, expectedVersion: number, milestones: readonly TemplateMilestone[]): Promise<RoundProcessMap> {
    return this.db.transaction(async (manager) => {
      // One writer at a time, also for the first write (there is no row yet to lock).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('round-process-map:' || $1))`, [ROUND_FIRST_YEAR]);
      const now = await this.current(manager);
      if (now.version !== expectedVersion) {
        throw conflict(
          `The round's process map was changed by ${now.changedBy ?? 'someone'} (you had version ${expectedVersion}, it is now ${now.version})`,
          { version: now.version },
        );
      }
      const row = {
        firstYear: ROUND_FIRST_YEAR,
        milestones: byDueDate(milestones).map(({ title, dueOn, owner, stage }) => ({ title, dueOn, owner, stage })),
        version: now.version + 1,
        changedBy: `${lead.name} (${lead.id})`,
        changedAt: new Date(),
      };
      await manager.save(RoundProcessMapRow, row);
      return this.current(manager);
    });
  }
}
