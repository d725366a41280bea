import { conflict, notFound } from '@laa/errors';
import { Caller, requireAgreementEditor, requireSignedIn } from '@laa/identity';
import { DataSource, In } from 'typeorm';
import { AgreementItemType, ChangeAction } from '../entities/agreement-revision';
import { Milestone, MilestoneStatus } from '../entities/milestone';
import { lockAgreement, recordRevision } from './revisions';

export interface MilestoneFields {
  title?: string;
  dueOn?: string;
  owner?: string;
  status?: MilestoneStatus;
  completedOn?: string | null;
}

/** A milestone's recorded fields in the agreement's history. */
export const milestoneSnapshot = ({ title, dueOn, owner, status, completedOn }: Milestone) => ({
  title,
  dueOn,
  owner,
  status,
  completedOn,
});
export const milestoneLabel = (milestone: Milestone) => `Milestone "${milestone.title}"`;

/** The agreed local process map: milestones with due dates, owners and status. */
export class MilestoneService {
  constructor(private readonly db: DataSource) {}

  add(
    caller: Caller,
    agreementId: string,
    fields: Required<Pick<MilestoneFields, 'title' | 'dueOn' | 'owner'>>,
  ): Promise<Milestone> {
    return this.db.transaction(async (manager) => {
      const agreement = await lockAgreement(manager, agreementId);
      requireAgreementEditor(caller, { region: agreement.regionCode, area: agreement.areaCode });
      const { identifiers } = await manager.insert(Milestone, {
        agreementId,
        ...fields,
        status: MilestoneStatus.PLANNED,
        completedOn: null,
        synthetic: false,
        version: 1,
      });
      const milestone = await manager.findOneByOrFail(Milestone, { id: identifiers[0].id as string });
      await recordRevision(manager, agreementId, requireSignedIn(caller), `Added ${milestoneLabel(milestone)}`, [
        {
          itemType: AgreementItemType.MILESTONE,
          itemId: milestone.id,
          label: milestoneLabel(milestone),
          action: ChangeAction.ADDED,
          before: null,
          after: milestoneSnapshot(milestone),
        },
      ]);
      return milestone;
    });
  }

  update(caller: Caller, milestoneId: string, expectedVersion: number, fields: MilestoneFields): Promise<Milestone> {
    return this.db.transaction(async (manager) => {
      const found = await manager.findOneBy(Milestone, { id: milestoneId });
      if (!found) throw notFound('Milestone', milestoneId);
      const agreement = await lockAgreement(manager, found.agreementId);
      requireAgreementEditor(caller, { region: agreement.regionCode, area: agreement.areaCode });
      const before = await manager.findOneByOrFail(Milestone, { id: milestoneId });
      if (before.version !== expectedVersion) {
        throw conflict(
          `Milestone ${milestoneId} was changed by someone else (you had version ${expectedVersion}, it is now ${before.version})`,
          { version: before.version },
        );
      }
      const done = (fields.status ?? before.status) === MilestoneStatus.DONE;
      // A milestone marked done without a date was done today; one reopened loses its completion date.
      const completedOn = done
        ? (fields.completedOn ?? before.completedOn ?? new Date().toISOString().slice(0, 10))
        : null;
      const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      await manager.update(Milestone, { id: milestoneId }, { ...changes, completedOn, version: before.version + 1 });
      const after = await manager.findOneByOrFail(Milestone, { id: milestoneId });
      await recordRevision(manager, agreement.id, requireSignedIn(caller), `Changed ${milestoneLabel(after)}`, [
        {
          itemType: AgreementItemType.MILESTONE,
          itemId: milestoneId,
          label: milestoneLabel(after),
          action: ChangeAction.CHANGED,
          before: milestoneSnapshot(before),
          after: milestoneSnapshot(after),
        },
      ]);
      return after;
    });
  }

  byAgreements(agreementIds: readonly string[]): Promise<Milestone[]> {
    return this.db
      .getRepository(Milestone)
      .find({ where: { agreementId: In([...agreementIds]) }, order: { dueOn: 'ASC' } });
  }
}
