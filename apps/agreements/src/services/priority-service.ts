import { badInput, conflict, notFound, ruleViolation } from '@laa/errors';
import { Caller, requireAgreementEditor, requireSignedIn } from '@laa/identity';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { Priority, PriorityLink } from '../entities/priority';
import { PriorityCriterion } from '../entities/priority-criteria';
import { RegionAreas } from './region-areas';
import { lockAgreement, recordRevision } from './revisions';
import { normaliseIndicatorCode } from '../rules/target-rules';

export interface PriorityAssessment {
  criteriaMet: PriorityCriterion[];
  tier: number;
  reason: string;
}

export function prioritySnapshot(priority: Priority): Record<string, unknown> {
  const { title, description, tier, criteriaMet, assessedByName, assessmentReason, sharedWithAreas } = priority;
  return { title, description, tier, criteriaMet, assessedBy: assessedByName, assessmentReason, sharedWithAreas };
}

export const priorityLabel = (priority: Priority) => `Priority "${priority.title}"`;
const labelOf = priorityLabel;

/**
 * A priority its caller may change, with its agreement locked for the rest of the transaction:
 * NOT_FOUND if there is none, RULE_VIOLATION PRIORITY_REMOVED once removed.
 */
export async function editablePriority(manager: EntityManager, caller: Caller, priorityId: string): Promise<Priority> {
  const found = await manager.findOneBy(Priority, { id: priorityId });
  if (!found) throw notFound('Priority', priorityId);
  const agreement = await lockAgreement(manager, found.agreementId);
  requireAgreementEditor(caller, { region: agreement.regionCode, area: agreement.areaCode });
  const priority = await manager.findOneByOrFail(Priority, { id: priorityId });
  if (priority.removedAt)
    throw ruleViolation(
      'PRIORITY_REMOVED',
      `${labelOf(priority)} was removed from the agreement: it can no longer change`,
    );
  return priority;
}

/** Priority outcomes first: recorded, assessed against criteria, tiered and linked by cause and effect. */
export class PriorityService {
  constructor(
    private readonly db: DataSource,
    private readonly areas: RegionAreas,
  ) {}

  add(
    caller: Caller,
    agreementId: string,
    fields: { title: string; description: string; sharedWithAreas: string[] },
    expectedAgreementVersion?: number | null,
  ): Promise<Priority> {
    this.areas.requireKnown(fields.sharedWithAreas);
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, agreementId, expectedAgreementVersion);
      requireAgreementEditor(caller, { region: agreement.regionCode, area: agreement.areaCode });
      const { identifiers } = await manager.insert(Priority, {
        agreementId,
        title: fields.title.trim(),
        description: fields.description,
        tier: null,
        criteriaMet: [],
        sharedWithAreas: [...new Set(fields.sharedWithAreas)].filter((code) => code !== agreement.areaCode),
        synthetic: false,
        version: 1,
      });
      const priority = await manager.findOneByOrFail(Priority, { id: identifiers[0].id as string });
      await recordRevision(manager, agreementId, requireSignedIn(caller), `Added ${labelOf(priority)}`, [
        {
          itemType: AgreementItemType.PRIORITY,
          itemId: priority.id,
          label: labelOf(priority),
          action: ChangeAction.ADDED,
          before: null,
          after: prioritySnapshot(priority),
        },
      ]);
      return priority;
    });
  }

  /** Records who assessed the priority against which criteria, why, and its tier. */
  assess(
    caller: Caller,
    priorityId: string,
    expectedVersion: number,
    assessment: PriorityAssessment,
  ): Promise<Priority> {
    return this.db.transaction(async (manager) => {
      const before = await this.editable(manager, caller, priorityId);
      if (before.version !== expectedVersion) {
        throw conflict(
          `Priority ${priorityId} was changed by someone else (you had version ${expectedVersion}, it is now ${before.version})`,
          { version: before.version },
        );
      }
      if (assessment.criteriaMet.length === 0) {
        throw ruleViolation(
          'PRIORITY_CRITERIA',
          'A priority must meet at least one criterion (Sheffield: "an issue will have to meet at least one")',
        );
      }
      const person = requireSignedIn(caller);
      await manager.update(
        Priority,
        { id: priorityId },
        {
          criteriaMet: [...new Set(assessment.criteriaMet)],
          tier: assessment.tier,
          assessmentReason: assessment.reason,
          assessedById: person.id,
          assessedByName: person.name,
          version: before.version + 1,
        },
      );
      const after = await manager.findOneByOrFail(Priority, { id: priorityId });
      await recordRevision(manager, after.agreementId, person, `Assessed ${labelOf(after)}`, [
        {
          itemType: AgreementItemType.PRIORITY,
          itemId: priorityId,
          label: labelOf(after),
          action: ChangeAction.CHANGED,
          before: prioritySnapshot(before),
          after: prioritySnapshot(after),
        },
      ]);
      return after;
    });
  }

  /** A cause-and-effect link from a priority to another priority or to an indicator. */
  link(
    caller: Caller,
    fromPriorityId: string,
    to: { priorityId?: string | null; indicatorCode?: string | null },
    description: string,
  ): Promise<PriorityLink> {
    return this.db.transaction(async (manager) => {
      const from = await this.editable(manager, caller, fromPriorityId);
      if (!to.priorityId === !to.indicatorCode)
        throw badInput('Link to exactly one of toPriorityId and toIndicatorCode');
      if (to.priorityId === fromPriorityId) throw badInput('A priority cannot contribute to itself');
      if (
        to.priorityId &&
        !(await manager.existsBy(Priority, { id: to.priorityId, agreementId: from.agreementId, removedAt: IsNull() }))
      ) {
        throw badInput(`Priority ${to.priorityId} is not a priority of this agreement`);
      }
      const { identifiers } = await manager.insert(PriorityLink, {
        agreementId: from.agreementId,
        fromPriorityId,
        toPriorityId: to.priorityId ?? null,
        toIndicatorCode: to.indicatorCode ? normaliseIndicatorCode(to.indicatorCode) : null,
        description,
      });
      const link = await manager.findOneByOrFail(PriorityLink, { id: identifiers[0].id as string });
      const label = `Link from "${from.title}" to ${link.toIndicatorCode ?? `priority ${link.toPriorityId}`}`;
      await recordRevision(manager, from.agreementId, requireSignedIn(caller), `Linked ${labelOf(from)}`, [
        {
          itemType: AgreementItemType.PRIORITY_LINK,
          itemId: link.id,
          label,
          action: ChangeAction.ADDED,
          before: null,
          after: { ...link },
        },
      ]);
      return link;
    });
  }

  private editable(manager: EntityManager, caller: Caller, priorityId: string): Promise<Priority> {
    return editablePriority(manager, caller, priorityId);
  }

  byIds(ids: readonly string[]): Promise<Priority[]> {
    return this.db.getRepository(Priority).findBy({ id: In([...ids]) });
  }

  byAgreements(agreementIds: readonly string[]): Promise<Priority[]> {
    return this.db.getRepository(Priority).find({
      where: { agreementId: In([...agreementIds]), removedAt: IsNull() },
      order: { tier: 'ASC', title: 'ASC' },
    });
  }

  /** Priorities removed from each agreement, latest first: the record beside the history. */
  removedOf(agreementIds: readonly string[]): Promise<Priority[]> {
    return this.db
      .getRepository(Priority)
      .find({ where: { agreementId: In([...agreementIds]), removedAt: Not(IsNull()) }, order: { removedAt: 'DESC' } });
  }

  sharedWithAreas(areaCodes: readonly string[]): Promise<Priority[]> {
    return this.db
      .getRepository(Priority)
      .createQueryBuilder('priority')
      .where('priority.shared_with_areas && :codes::text[] AND priority.removed_at IS NULL', { codes: [...areaCodes] })
      .getMany();
  }

  linksOf(agreementIds: readonly string[]): Promise<PriorityLink[]> {
    return this.db.getRepository(PriorityLink).findBy({ agreementId: In([...agreementIds]) });
  }
}
