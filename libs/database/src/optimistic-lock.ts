import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

export type VersionedUpdate = { outcome: 'updated'; version: number } | { outcome: 'stale' } | { outcome: 'missing' };

/**
 * Optimistic locking: TypeORM's save() ignores @VersionColumn, so the write is a conditional UPDATE
 * that only matches the version the caller read; zero rows means someone else wrote first.
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<VersionedUpdate> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .returning(['version'])
    .execute();
  if (result.affected === 1) {
    const [row] = result.raw as { version: number }[];
    return { outcome: 'updated', version: Number(row.version) };
  }
  const exists = await manager.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id }).getCount();
  return exists ? { outcome: 'stale' } : { outcome: 'missing' };
}
