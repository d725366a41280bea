import { conflict, notFound } from '@laa/errors';
import type { SignedIn } from '@laa/identity';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Agreement } from '../entities/agreement';
import { AgreementDifference, AgreementRevision, ChangeAction, ItemChange } from '../entities/agreement-revision';

// The signed-in person a revision names, as identity defines it (re-exported: services read it with the revision helpers).
export type { SignedIn };

/**
 * Locks the agreement row for the rest of the transaction, so that changes to one agreement
 * (and the rules counting its items, like the 35 designated targets) are serialised.
 */
export async function lockAgreement(
  manager: EntityManager,
  agreementId: string,
  expectedVersion?: number | null,
): Promise<Agreement> {
  const agreement = await manager.findOne(Agreement, {
    where: { id: agreementId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!agreement) throw notFound('Agreement', agreementId);
  if (expectedVersion != null) requireAgreementVersion(agreement, expectedVersion);
  return agreement;
}

/** CONFLICT unless the agreement is still at the version the caller read. */
export function requireAgreementVersion(agreement: Agreement, expectedVersion: number): void {
  if (expectedVersion === agreement.version) return;
  throw conflict(
    `Agreement ${agreement.id} was changed by someone else (you had version ${expectedVersion}, it is now ${agreement.version}): reload and apply your change again`,
    { version: agreement.version },
  );
}

/**
 * Records a change as the agreement's next version, in the caller's transaction: the version is
 * bumped and the revision written with the change, or neither is.
 */
export async function recordRevision(
  manager: EntityManager,
  agreementId: string,
  caller: SignedIn,
  summary: string,
  changes: ItemChange[],
): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(Agreement)
    .set({ version: () => 'version + 1' })
    .where('id = :agreementId', { agreementId })
    .returning(['version'])
    .execute();
  const version = Number((result.raw as { version: number }[])[0].version);
  const revision: AgreementRevision = {
    agreementId,
    version,
    changedById: caller.id,
    changedByName: caller.name,
    changedAt: new Date(),
    summary,
    changes,
  };
  await manager.insert(AgreementRevision, revision as QueryDeepPartialEntity<AgreementRevision>);
  return version;
}

/**
 * Folds the revisions after `from` up to `to` into one difference per item: its state at `from`
 * against its state at `to`. An item added and removed in between left no trace and is omitted.
 */
export function compareRevisions(revisions: AgreementRevision[]): AgreementDifference[] {
  const byItem = new Map<string, { first: ItemChange; last: ItemChange; people: Map<string, string> }>();
  for (const revision of [...revisions].sort((a, b) => a.version - b.version)) {
    for (const change of revision.changes) {
      const key = `${change.itemType}:${change.itemId}`;
      const entry = byItem.get(key) ?? { first: change, last: change, people: new Map<string, string>() };
      entry.last = change;
      entry.people.set(revision.changedById, revision.changedByName);
      byItem.set(key, entry);
    }
  }
  const differences: AgreementDifference[] = [];
  for (const { first, last, people } of byItem.values()) {
    const before = first.action === ChangeAction.ADDED ? null : first.before;
    const after = last.action === ChangeAction.REMOVED ? null : last.after;
    if (before === null && after === null) continue;
    const action = before === null ? ChangeAction.ADDED : after === null ? ChangeAction.REMOVED : ChangeAction.CHANGED;
    differences.push({
      itemType: last.itemType,
      itemId: last.itemId,
      label: last.label,
      action,
      before,
      after,
      changedBy: [...people].map(([id, name]) => ({ id, name })),
    });
  }
  return differences;
}
