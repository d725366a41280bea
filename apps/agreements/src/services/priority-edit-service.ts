import { conflict, ruleViolation } from '@laa/errors';
import { Caller, requireSignedIn } from '@laa/identity';
import { DataSource, EntityManager } from 'typeorm';
import { AgreementItemType, ChangeAction, ItemChange } from '../entities/agreement-revision';
import { Priority, PriorityLink } from '../entities/priority';
import { Target } from '../entities/target';
import { editablePriority, priorityLabel, prioritySnapshot } from './priority-service';
import { RegionAreas } from './region-areas';
import { recordRevision } from './revisions';

export interface PriorityEdit {
  title?: string;
  description?: string;
  sharedWithAreas?: string[];
}

/** Priorities change and go as the negotiation learns: each edit and removal is a revision of the agreement. */
export class PriorityEditService {
  constructor(
    private readonly db: DataSource,
    private readonly areas: RegionAreas,
  ) {}

  update(caller: Caller, priorityId: string, expectedVersion: number, edit: PriorityEdit): Promise<Priority> {
    this.areas.requireKnown(edit.sharedWithAreas ?? []);
    return this.db.transaction(async (manager) => {
      const before = await current(manager, caller, priorityId, expectedVersion);
      const changes: Partial<Priority> = {
        ...(edit.title !== undefined && { title: edit.title.trim() }),
        ...(edit.description !== undefined && { description: edit.description }),
        ...(edit.sharedWithAreas !== undefined && { sharedWithAreas: [...new Set(edit.sharedWithAreas)] }),
      };
      await manager.update(Priority, { id: priorityId }, { ...changes, version: before.version + 1 });
      const after = await manager.findOneByOrFail(Priority, { id: priorityId });
      await recordRevision(manager, after.agreementId, requireSignedIn(caller), `Changed ${priorityLabel(after)}`, [
        {
          itemType: AgreementItemType.PRIORITY,
          itemId: priorityId,
          label: priorityLabel(after),
          action: ChangeAction.CHANGED,
          before: prioritySnapshot(before),
          after: prioritySnapshot(after),
        },
      ]);
      return after;
    });
  }

  /**
   * Takes a priority out of the agreement (kept as a record, never read downstream again) with its
   * cause-and-effect links; refused while a target still serves it, so no target points at a removed priority.
   */
  remove(caller: Caller, priorityId: string, expectedVersion: number, reason: string): Promise<Priority> {
    return this.db.transaction(async (manager) => {
      const before = await current(manager, caller, priorityId, expectedVersion);
      const serving = await manager.findBy(Target, { priorityId });
      if (serving.length > 0) {
        const names = serving.map((t) => t.indicatorCode).join(', ');
        throw ruleViolation(
          'PRIORITY_HAS_TARGETS',
          `Tie ${names} to another priority (or none) before removing ${priorityLabel(before)}`,
          { targets: serving.map((t) => t.id) },
        );
      }
      const person = requireSignedIn(caller);
      const links = await removeLinks(manager, before);
      await manager.update(
        Priority,
        { id: priorityId },
        {
          removedAt: new Date(),
          removedById: person.id,
          removedByName: person.name,
          removalReason: reason,
          version: before.version + 1,
        },
      );
      const label = priorityLabel(before);
      await recordRevision(manager, before.agreementId, person, `Removed ${label}: ${reason}`, [
        {
          itemType: AgreementItemType.PRIORITY,
          itemId: priorityId,
          label,
          action: ChangeAction.REMOVED,
          before: prioritySnapshot(before),
          after: null,
        },
        ...links,
      ]);
      return manager.findOneByOrFail(Priority, { id: priorityId });
    });
  }
}

async function current(
  manager: EntityManager,
  caller: Caller,
  priorityId: string,
  expectedVersion: number,
): Promise<Priority> {
  const priority = await editablePriority(manager, caller, priorityId);
  if (priority.version !== expectedVersion) {
    throw conflict(
      `Priority ${priorityId} was changed by someone else (you had version ${expectedVersion}, it is now ${priority.version})`,
      { version: priority.version },
    );
  }
  return priority;
}

/** The links from and to the priority go with it; the history keeps each. */
async function removeLinks(manager: EntityManager, priority: Priority): Promise<ItemChange[]> {
  const links = await manager.find(PriorityLink, {
    where: [{ fromPriorityId: priority.id }, { toPriorityId: priority.id }],
  });
  if (links.length > 0)
    await manager.delete(
      PriorityLink,
      links.map((l) => l.id),
    );
  return links.map((link) => ({
    itemType: AgreementItemType.PRIORITY_LINK,
    itemId: link.id,
    label: `Link from ${link.fromPriorityId === priority.id ? `"${priority.title}"` : `priority ${link.fromPriorityId}`} to ${link.toIndicatorCode ?? `priority ${link.toPriorityId}`}`,
    action: ChangeAction.REMOVED,
    before: { ...link },
    after: null,
  }));
}
